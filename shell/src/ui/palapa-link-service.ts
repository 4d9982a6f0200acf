import { pick, type ServiceDetail } from '@palapa/sdk';
import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';

/** A `link` service: the OPD's existing web app, opened out. */
export class PalapaLinkService extends LitElement {
  static override properties = { service: { attribute: false } };
  declare service: ServiceDetail | undefined;
  private readonly i18n = new LocaleController(this);
  static override styles = [
    theme,
    css`
        .open-link {
          display: inline-flex;
          align-items: center;
          min-height: 44px;
          padding: 0.5rem 1rem;
          border-radius: 8px;
          background: var(--palapa-blue);
          color: #fff;
          text-decoration: none;
          font-weight: 600;
        }
    `,
  ];

  override render() {
    const service = this.service;
    if (!service?.linkUrl) return null;
    const name = pick(service.name, this.i18n.locale);
    return html`<section>
      <a class="open-link" href=${service.linkUrl} target="_blank" rel="noopener noreferrer" data-external>${t('service.openLink', { name })}</a>
      <p>${t('service.openLinkNote', { opd: service.opd.name })}</p>
    </section>`;
  }
}

customElements.define('palapa-link-service', PalapaLinkService);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-link-service': PalapaLinkService;
  }
}
