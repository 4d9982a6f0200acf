import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';

/** The page for any address the portal does not know. */
export class PalapaNotFound extends LitElement {
  static override styles = [
    theme,
    css`
      :host {
        display: block;
        padding: 2rem 0;
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`<h1 tabindex="-1" data-testid="not-found">${t('notFound.title')}</h1>
      <p>${t('notFound.body')}</p>
      <p><a href="/">${t('notFound.home')}</a></p>`;
  }
}

customElements.define('palapa-not-found', PalapaNotFound);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-not-found': PalapaNotFound;
  }
}
