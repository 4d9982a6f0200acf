import { LitElement, css, html } from 'lit';
import { localeStore, t } from '../i18n/locale';
import { navigate } from '../router/navigation';
import { session } from '../services/session';
import { LocaleController } from './controllers/locale-controller';
import { SessionController } from './controllers/session-controller';
import { theme } from './theme';

/**
 * The portal's banner, on every page: the city's name (home link), emergency help one tap away
 * (the emergency services page and a direct call to 112), the account, and the language switch.
 */
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
        gap: 0.5rem 0.75rem;
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
      /* Compact on a phone (36 px tall, above the 24 px minimum target), so the page starts high. */
      .emergency,
      .emergency-call {
        display: inline-flex;
        align-items: center;
        min-height: 36px;
        box-sizing: border-box;
        border-radius: 999px;
        padding: 0.25rem 0.8rem;
        font-weight: 700;
        text-decoration: none;
      }
      .emergency {
        color: #fff;
        background: var(--palapa-red);
        border: 2px solid #fff;
      }
      .emergency-call {
        color: #1c2430;
        background: var(--palapa-gold);
      }
      .account {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      .pending {
        visibility: hidden;
      }
      .requests,
      .account a,
      .account .who {
        color: #fff;
      }
      .requests,
      .account a {
        display: inline-flex;
        align-items: center;
        min-height: 36px;
        padding: 0 0.25rem;
      }
      .who {
        font-size: 0.875rem;
      }
      button {
        background: transparent;
        border-color: #fff;
        min-height: 36px;
        padding: 0.25rem 0.75rem;
      }
      a:focus-visible,
      button:focus-visible {
        outline-color: #fff;
      }
    `,
  ];

  private readonly account = new SessionController(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const next = localeStore.locale === 'id' ? 'en' : 'id';
    return html`<header class="bar">
      <a class="brand" href="/">
        <strong>${t('app.name')}<span class="visually-hidden"> — ${t('app.home')}</span></strong>
        <span>${t('app.tagline')}</span>
      </a>
      <a class="emergency" href="/layanan/darurat" aria-label=${t('app.emergencyLinkLabel')} data-testid="emergency-link">${t('app.emergencyLink')}</a>
      <a class="emergency-call" href="tel:112" data-external data-testid="emergency-call">${t('home.emergency')}</a>
      <a class="requests" href="/permohonan" data-testid="my-requests-link">${t('app.myRequests')}</a>
      ${this.renderAccount()}
      <button lang=${next} aria-label=${t('app.switchToLabel')} data-testid="language-switch" @click=${() => localeStore.set(next)}>
        ${t('app.switchTo')}
      </button>
    </header>`;
  }

  private renderAccount() {
    // Until the session is known, hold the sign-in link's place (invisible, out of the tab order
    // and the accessibility tree) so the header does not reflow when it arrives (issue 4: CLS).
    if (!this.account.known) {
      return html`<nav class="account pending" aria-hidden="true" inert><a>${t('app.signIn')}</a></nav>`;
    }
    const user = this.account.user;
    if (!user) {
      return html`<nav class="account" aria-label=${t('app.accountNav')}>
        <a href="/masuk" data-testid="sign-in-link" @click=${this.signIn}>${t('app.signIn')}</a>
      </nav>`;
    }
    const staff = user.role === 'admin' || user.role === 'publisher';
    return html`<nav class="account" aria-label=${t('app.accountNav')}>
      <span class="who" data-testid="account-name">${t('app.signedInAs', { name: user.name })}</span>
      ${staff ? html`<a href="/konsol" data-testid="console-link">${t('app.console')}</a>` : null}
      <button data-testid="sign-out" @click=${this.signOut}>${t('app.signOut')}</button>
    </nav>`;
  }

  /** Signing in returns the citizen to the page they were on (read at click time: the header outlives pages). */
  private signIn(event: MouseEvent) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const here = location.pathname + location.search;
    navigate(here === '/' || here.startsWith('/masuk') ? '/masuk' : `/masuk?kembali=${encodeURIComponent(here)}`);
  }

  private async signOut() {
    await session.signOut().catch(() => undefined);
    if (location.pathname.startsWith('/konsol')) navigate('/');
  }
}

customElements.define('palapa-header', PalapaHeader);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-header': PalapaHeader;
  }
}
