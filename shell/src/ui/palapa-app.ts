import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { NOTIFY_EVENT } from '../loader/shell-context';
import { interceptLinkClicks } from '../router/navigation';
import { matchRoute, type Route } from '../router/routes';
import type { CatalogueStore } from '../services/catalogue-store';
import { connectivity } from '../services/connectivity';
import { EventController } from './controllers/event-controller';
import { LocaleController } from './controllers/locale-controller';
import { PAGE_READY, type PageReadyDetail } from './page-ready';
import { theme } from './theme';
import './palapa-header';
import './palapa-home';

/** The shell's chrome and router: header, the page for the current URL, footer, notifications. */
export class PalapaApp extends LitElement {
  static override properties = { route: { state: true }, notice: { state: true } };
  declare route: Route;
  declare notice: string;
  catalogue: CatalogueStore | null = null;
  private navigated = false;

  static override styles = [
    theme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        background: #f5f7fa;
      }
      .skip {
        position: absolute;
        left: -999px;
        top: 0;
        background: #fff;
        padding: 0.75rem 1rem;
        z-index: 10;
      }
      .skip:focus {
        left: 0.5rem;
      }
      main {
        flex: 1;
        width: 100%;
        max-width: 64rem;
        margin: 0 auto;
        padding: 0 1rem 2rem;
        box-sizing: border-box;
      }
      footer {
        text-align: center;
        padding: 1rem;
        color: var(--palapa-muted);
        font-size: 0.875rem;
      }
      .offline {
        margin: 0;
        padding: 0.5rem 1rem;
        text-align: center;
        background: #fff6dd;
        border-bottom: 2px solid var(--palapa-gold);
        font-weight: 600;
      }
      .notice {
        position: fixed;
        bottom: 1rem;
        left: 50%;
        transform: translateX(-50%);
        max-width: min(32rem, 90vw);
        background: var(--palapa-text);
        color: #fff;
        padding: 0.75rem 1rem;
        border-radius: 8px;
      }
    `,
  ];

  constructor() {
    super();
    this.route = matchRoute(location.pathname);
    this.notice = '';
    new LocaleController(this);
    new EventController(this, connectivity, 'change');
    interceptLinkClicks(this);
    window.addEventListener('popstate', () => this.onLocationChange());
    window.addEventListener('single-spa:routing-event', () => this.onLocationChange());
    window.addEventListener(NOTIFY_EVENT, (event) => this.showNotice((event as CustomEvent<{ message: string }>).detail.message));
    this.addEventListener(PAGE_READY, (event) => this.onPageReady((event as CustomEvent<PageReadyDetail>).detail));
  }

  private onLocationChange() {
    const next = matchRoute(location.pathname);
    if (JSON.stringify(next) === JSON.stringify(this.route)) return;
    this.navigated = true;
    this.route = next;
  }

  private onPageReady({ title, heading }: PageReadyDetail) {
    document.title = `${title} — ${t('app.name')}`;
    // Move focus only after an in-app navigation; on first load the browser's own start is right.
    if (this.navigated) heading?.focus();
  }

  private showNotice(message: string) {
    this.notice = message;
    setTimeout(() => (this.notice = this.notice === message ? '' : this.notice), 6000);
  }

  override updated() {
    if (this.route.name === 'not-found') {
      document.title = `${t('notFound.title')} — ${t('app.name')}`;
    }
  }

  override render() {
    return html`<a class="skip" href="#main" data-external @click=${this.skipToMain}>${t('app.skip')}</a>
      <palapa-header></palapa-header>
      ${connectivity.offline ? html`<p class="offline" role="status" data-testid="offline-banner">${t(connectivity.deviceOffline ? 'app.offline' : 'app.registryUnreachable')}</p>` : null}
      <main id="main" tabindex="-1">${this.renderPage()}</main>
      <footer>${t('app.footer')}</footer>
      <div class="notice" role="status" aria-live="polite" ?hidden=${!this.notice}>${this.notice}</div>`;
  }

  private skipToMain(event: Event) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private loadLazily(load: () => Promise<unknown>) {
    load().catch(() => this.showNotice(t('app.lazyLoadFailed')));
  }

  /**
   * The service page's element, one per slug, as lit's `keyed` would give: a new service is a new
   * page (its task, its plugin outlet), never the previous one re-filled. Done by hand because
   * importing a lit subpath here costs the start-up JavaScript a shared-module chunk (~1.8 KiB gzip).
   */
  private servicePage: { slug: string; element: HTMLElement } | null = null;

  private servicePageFor(slug: string): HTMLElement {
    if (this.servicePage?.slug !== slug) {
      const element = document.createElement('palapa-service-page');
      element.setAttribute('slug', slug);
      this.servicePage = { slug, element };
    }
    return this.servicePage.element;
  }

  private renderPage() {
    // Leaving the service page forgets its element: coming back is a fresh page, as with `keyed`.
    if (this.route.name !== 'service') this.servicePage = null;
    switch (this.route.name) {
      case 'home':
        return html`<palapa-home .catalogue=${this.catalogue}></palapa-home>`;
      case 'service':
        // Not needed for the home page, so not in the start-up JavaScript (the service worker precaches it).
        this.loadLazily(() => import('./palapa-service-page'));
        return this.servicePageFor(this.route.slug);
      case 'sign-in':
        // Staff pages are loaded on demand so citizens never download them.
        this.loadLazily(() => import('../account/palapa-sign-in-page'));
        return html`<palapa-sign-in-page></palapa-sign-in-page>`;
      case 'requests':
        this.loadLazily(() => import('../forms/palapa-requests-page'));
        return html`<palapa-requests-page></palapa-requests-page>`;
      case 'track':
        this.loadLazily(() => import('../forms/palapa-track-page'));
        return html`<palapa-track-page .code=${this.route.code}></palapa-track-page>`;
      case 'console':
        this.loadLazily(() => import('../console/palapa-console'));
        return html`<palapa-console .section=${this.route.section}></palapa-console>`;
      case 'not-found':
        this.loadLazily(() => import('./palapa-not-found'));
        return html`<palapa-not-found></palapa-not-found>`;
    }
  }
}

customElements.define('palapa-app', PalapaApp);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-app': PalapaApp;
  }
}
