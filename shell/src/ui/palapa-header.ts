import { LitElement, css, html } from 'lit';
import { localeStore, t } from '../i18n/locale';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';

/** The portal's banner: the city's name (home link), the emergency number and the language switch. */
export class PalapaHeader extends LitElement {
  static override styles = [
    theme,
    css`
      :host {
        display: block;
        background: var(--palapa-blue);
        color: #fff;
      }
      .bar {
        max-width: 64rem;
        margin: 0 auto;
        padding: 0.5rem 1rem;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .brand {
        color: #fff;
        text-decoration: none;
        display: flex;
        flex-direction: column;
        margin-right: auto;
        min-height: 44px;
        justify-content: center;
      }
      .brand strong {
        font-size: 1.15rem;
      }
      .brand span {
        font-size: 0.8rem;
        opacity: 0.95;
      }
      .emergency {
        color: #1c2430;
        background: var(--palapa-gold);
        border-radius: 999px;
        padding: 0.5rem 0.9rem;
        font-weight: 700;
        text-decoration: none;
        min-height: 28px;
      }
      button {
        background: transparent;
        border-color: #fff;
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const next = localeStore.locale === 'id' ? 'en' : 'id';
    return html`<header class="bar">
      <a class="brand" href="/" aria-label=${`${t('app.name')} — ${t('app.home')}`}>
        <strong>${t('app.name')}</strong>
        <span>${t('app.tagline')}</span>
      </a>
      <a class="emergency" href="tel:112" data-external data-testid="emergency-call">${t('home.emergency')}</a>
      <button
        lang=${next}
        aria-label=${t('app.switchToLabel')}
        data-testid="language-switch"
        @click=${() => localeStore.set(next)}
      >
        ${t('app.switchTo')}
      </button>
    </header>`;
  }
}

customElements.define('palapa-header', PalapaHeader);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-header': PalapaHeader;
  }
}
