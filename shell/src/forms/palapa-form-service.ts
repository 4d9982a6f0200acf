import { LitElement, html } from 'lit';
import { t } from '../i18n/locale';

/** Placeholder until the low-code forms land (issue #6). */
export class PalapaFormService extends LitElement {
  static override properties = { slug: {}, code: {}, service: { attribute: false } };
  declare slug: string | undefined;
  declare code: string | null | undefined;
  declare service: unknown;

  override render() {
    return html`<section><p>${t('service.formSoon')}</p></section>`;
  }
}

customElements.define('palapa-form-service', PalapaFormService);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-form-service': PalapaFormService;
  }
}
