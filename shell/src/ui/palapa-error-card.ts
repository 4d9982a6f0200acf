import { LitElement, css, html } from 'lit';
import { theme } from './theme';

/**
 * A failure explained in plain words, with a way out (retry) and, for plugins, a way to tell the
 * portal team ("Laporkan masalah"). Announced to screen readers.
 */
export class PalapaErrorCard extends LitElement {
  static override properties = {
    heading: {},
    message: {},
    help: {},
    retryLabel: { attribute: 'retry-label' },
    reportLabel: { attribute: 'report-label' },
    reportStatus: { attribute: 'report-status' },
  };
  declare heading: string;
  declare message: string;
  declare help: string;
  declare retryLabel: string;
  declare reportLabel: string;
  /** What became of the citizen's report, said once it is known. */
  declare reportStatus: string;

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      .card {
        border: 2px solid var(--palapa-red);
        border-radius: var(--palapa-radius);
        background: #fdf1f0;
        padding: 1rem 1.25rem;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.15rem;
        color: var(--palapa-red);
      }
      p {
        margin: 0 0 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .report-status {
        margin: 0.75rem 0 0;
      }
    `,
  ];

  constructor() {
    super();
    this.heading = '';
    this.message = '';
    this.help = '';
    this.retryLabel = '';
    this.reportLabel = '';
    this.reportStatus = '';
  }

  override render() {
    return html`<div class="card" role="alert" data-testid="error-card">
      <h2>${this.heading}</h2>
      <p>${this.message}</p>
      ${this.help ? html`<p>${this.help}</p>` : null}
      <div class="actions">
        ${this.retryLabel ? html`<button data-testid="retry" @click=${() => this.emit('retry')}>${this.retryLabel}</button>` : null}
        ${this.reportLabel
          ? html`<button class="secondary" data-testid="report" ?disabled=${!!this.reportStatus} @click=${() => this.emit('report')}>
              ${this.reportLabel}
            </button>`
          : null}
      </div>
      <p class="report-status" role="status" data-testid="report-status" ?hidden=${!this.reportStatus}>${this.reportStatus}</p>
    </div>`;
  }

  private emit(type: 'retry' | 'report') {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }
}

customElements.define('palapa-error-card', PalapaErrorCard);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-error-card': PalapaErrorCard;
  }
}
