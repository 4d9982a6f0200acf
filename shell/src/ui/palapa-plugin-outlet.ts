import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { activeOverrides, clearOverride, OVERRIDE_PARAM } from '../loader/developer-override';
import { outlets } from '../loader/outlets';
import { retryPlugin, versionOf } from '../loader/plugin-applications';
import { LOAD_TIMEOUT_MS } from '../loader/plugin-loader';
import { pluginStatuses } from '../loader/plugin-status';
import { phaseFor, reportPluginFailure } from '../services/failure-telemetry';
import { EventController } from './controllers/event-controller';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';
import './palapa-error-card';

/**
 * The guest room of one plugin: a host element inside this element's shadow root (so the
 * shell's styles and the plugin's cannot reach each other), with the loading state and the
 * quarantine card around it.
 */
export class PalapaPluginOutlet extends LitElement {
  static override properties = { slug: {}, reported: { state: true } };
  declare slug: string;
  /** The citizen's own report of this failure: not yet, being sent, accepted, or not delivered. */
  declare reported: 'no' | 'sending' | 'sent' | 'failed';

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      .loading {
        padding: 1.5rem;
        color: var(--palapa-muted);
      }
      .plugin-host {
        display: block;
        min-height: 4rem;
      }
      .plugin-host[hidden] {
        display: none;
      }
      .unavailable {
        border: 2px solid var(--palapa-gold);
        background: #fff6dd;
        border-radius: var(--palapa-radius);
        padding: 1rem 1.25rem;
      }
      .developer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        border: 2px dashed #6b3fa0;
        background: #f4eefb;
        border-radius: var(--palapa-radius);
        padding: 0.5rem 1rem;
        margin-bottom: 0.75rem;
      }
      .developer p {
        margin: 0;
        font-weight: 600;
      }
      .unavailable h2 {
        margin: 0 0 0.5rem;
        font-size: 1.15rem;
      }
    `,
  ];

  private readonly host = Object.assign(document.createElement('div'), { className: 'plugin-host' });

  constructor() {
    super();
    this.slug = '';
    this.reported = 'no';
    new LocaleController(this);
    const onSlugEvent = (event: Event) => {
      if ((event as CustomEvent<string>).detail === this.slug) this.requestUpdate();
    };
    new EventController(this, pluginStatuses, 'change', onSlugEvent);
    new EventController(this, activeOverrides, 'change', onSlugEvent);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.host.dataset.plugin = this.slug;
    outlets.attach(this.slug, this.host);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    outlets.detach(this.slug, this.host);
  }

  override render() {
    const status = pluginStatuses.get(this.slug);
    const loading = status.state === 'loading' || status.state === 'idle';
    this.host.hidden = status.state === 'error' || status.state === 'unavailable';
    if (status.state === 'unavailable') {
      return html`<div class="unavailable" role="alert" data-testid="service-unavailable">
          <h2>${t('plugin.unavailableTitle')}</h2>
          <p>${t('plugin.unavailableBody')}</p>
        </div>
        ${this.host}`;
    }
    return html`
      ${this.renderDeveloperBanner()}
      ${loading ? html`<p class="loading" role="status" data-testid="plugin-loading">${t('plugin.loading')}</p>` : null}
      ${status.state === 'error'
        ? html`<palapa-error-card
            heading=${t('plugin.errorTitle')}
            message=${t(`plugin.error.${status.failure}`, { seconds: LOAD_TIMEOUT_MS / 1000 })}
            help=${t('plugin.errorHelp')}
            retry-label=${t('plugin.retry')}
            report-label=${t('plugin.report')}
            report-status=${this.reportStatusText()}
            @retry=${() => {
              this.reported = 'no';
              void retryPlugin(this.slug);
            }}
            @report=${() => void this.report(status.failure, status.message)}
          ></palapa-error-card>`
        : null}
      ${this.host}
    `;
  }

  private renderDeveloperBanner() {
    const override = activeOverrides.get(this.slug);
    if (!override) return null;
    return html`<div class="developer" role="note" data-testid="developer-override">
      <p>${t('dev.banner', { origin: override.origin })}</p>
      <button class="secondary" @click=${this.clearOverride}>${t('dev.clear')}</button>
    </div>`;
  }

  /** Back to the published version: forget the override and load the page afresh (a clean federation runtime). */
  private clearOverride() {
    clearOverride(this.slug, localStorage);
    const url = new URL(location.href);
    url.searchParams.delete(OVERRIDE_PARAM);
    location.replace(url);
  }

  private reportStatusText(): string {
    if (this.reported === 'sending') return t('plugin.reportSending');
    if (this.reported === 'sent') return t('plugin.reportSent');
    if (this.reported === 'failed') return t('plugin.reportFailed');
    return '';
  }

  /** "Laporkan masalah": the same report the shell sent on its own, flagged as coming from a citizen. */
  private async report(failure: Parameters<typeof phaseFor>[0], message: string) {
    this.reported = 'sending';
    const accepted = await reportPluginFailure({
      slug: this.slug,
      version: versionOf(this.slug),
      phase: phaseFor(failure, message),
      message,
      reportedByCitizen: true,
    });
    this.reported = accepted ? 'sent' : 'failed';
  }
}

customElements.define('palapa-plugin-outlet', PalapaPluginOutlet);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-plugin-outlet': PalapaPluginOutlet;
  }
}
