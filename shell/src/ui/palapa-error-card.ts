import { LitElement, css, html } from 'lit';
import { theme } from './theme';

/** A failure explained in plain words, with a way out (retry). Announced to screen readers. */
export class PalapaErrorCard extends LitElement {
  static override properties = {
    heading: {},
    message: {},
    help: {},
    retryLabel: { attribute: 'retry-label' },
  };
  declare heading: string;
  declare message: string;
  declare help: string;
  declare retryLabel: string;

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
    `,
  ];

  constructor() {
    super();
    this.heading = '';
    this.message = '';
    this.help = '';
    this.retryLabel = '';
  }

  override render() {
    return html`<div class="card" role="alert" data-testid="error-card">
      <h2>${this.heading}</h2>
      <p>${this.message}</p>
      ${this.help ? html`<p>${this.help}</p>` : null}
      ${this.retryLabel ? html`<button data-testid="retry" @click=${this.retry}>${this.retryLabel}</button>` : null}
    </div>`;
  }

  private retry() {
    this.dispatchEvent(new CustomEvent('retry', { bubbles: true, composed: true }));
  }
}

customElements.define('palapa-error-card', PalapaErrorCard);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-error-card': PalapaErrorCard;
  }
}
