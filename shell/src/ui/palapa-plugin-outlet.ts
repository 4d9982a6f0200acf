import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { outlets } from '../loader/outlets';
import { retryPlugin } from '../loader/plugin-applications';
import { LOAD_TIMEOUT_MS } from '../loader/plugin-loader';
import { pluginStatuses } from '../loader/plugin-status';
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
  static override properties = { slug: {} };
  declare slug: string;

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
    new LocaleController(this);
    new EventController(this, pluginStatuses, 'change', (event) => {
      if ((event as CustomEvent<string>).detail === this.slug) this.requestUpdate();
    });
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
      ${loading ? html`<p class="loading" role="status" data-testid="plugin-loading">${t('plugin.loading')}</p>` : null}
      ${status.state === 'error'
        ? html`<palapa-error-card
            heading=${t('plugin.errorTitle')}
            message=${t(`plugin.error.${status.failure}`, { seconds: LOAD_TIMEOUT_MS / 1000 })}
            help=${t('plugin.errorHelp')}
            retry-label=${t('plugin.retry')}
            @retry=${() => void retryPlugin(this.slug)}
          ></palapa-error-card>`
        : null}
      ${this.host}
    `;
  }
}

customElements.define('palapa-plugin-outlet', PalapaPluginOutlet);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-plugin-outlet': PalapaPluginOutlet;
  }
}
