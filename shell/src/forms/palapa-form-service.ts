import { LitElement, html } from 'lit';
import { t } from '../i18n/locale';

/**
 * The form of a `form` service, on its service page. Thin on purpose: the service page (and so
 * this file) loads for every service, while the form's code (renderer, checks, outbox, strings)
 * is fetched only when a form service is opened.
 */
export class PalapaFormService extends LitElement {
  static override properties = { slug: {}, service: { attribute: false }, failed: { state: true }, ready: { state: true } };
  declare slug: string | undefined;
  declare service: unknown;
  declare private failed: boolean;
  declare private ready: boolean;

  constructor() {
    super();
    this.failed = false;
    this.ready = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  private load() {
    this.failed = false;
    import('./palapa-form-filing').then(
      () => (this.ready = true),
      () => (this.failed = true),
    );
  }

  override render() {
    if (this.failed) {
      return html`<p role="alert">${t('app.lazyLoadFailed')} <button @click=${() => this.load()}>${t('plugin.retry')}</button></p>`;
    }
    if (!this.ready) return html`<p role="status">${t('service.loading')}</p>`;
    return html`<palapa-form-filing slug=${this.slug ?? ''} .service=${this.service}></palapa-form-filing>`;
  }
}

customElements.define('palapa-form-service', PalapaFormService);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-form-service': PalapaFormService;
  }
}
