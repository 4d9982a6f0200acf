import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { session, type SessionUser } from '../services/session';
import { LocaleController } from '../ui/controllers/locale-controller';
import { announcePage } from '../ui/page-ready';
import { theme } from '../ui/theme';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import { resolveSection, sectionsFor, type ConsoleSection } from './console-sections';
import './console-approvals';
import './console-audit';
import './console-failures';
import './console-opds';
import './console-requests';
import './console-requests-detail';
import './console-satisfaction';
import './console-service-form';
import './console-service-page';
import './console-services';
import './console-tokens';
import './console-users';
import './console-usage-overview';

/**
 * /konsol: the staff console. The shell lazy-loads this file (and everything it imports), so
 * citizens never download it. Who may see what is decided by the registry on every request;
 * the menu only hides what a role cannot use.
 */
export class PalapaConsole extends LitElement {
  static override properties = { section: {}, user: { state: true }, ready: { state: true } };
  declare section: string;
  declare user: SessionUser | null;
  declare ready: boolean;
  private unsubscribe: (() => void) | null = null;

  static override styles = [
    theme,
    consoleStyles,
    css`
      :host {
        padding: 1rem 0 2rem;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
        color: var(--palapa-muted);
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
        padding: 0;
        margin: 0.5rem 0 1rem;
        border-bottom: 1px solid var(--palapa-border);
      }
      nav a {
        display: inline-block;
        padding: 0.625rem 0.75rem;
        text-decoration: none;
        border-bottom: 3px solid transparent;
      }
      nav a[aria-current='page'] {
        border-bottom-color: var(--palapa-blue);
        font-weight: 600;
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
    this.section = '';
    this.user = session.user;
    this.ready = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = session.subscribe((user) => (this.user = user));
    void session.ready.then(() => {
      this.user = session.user;
      this.ready = true;
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.ready || !(changed.has('section') || changed.has('ready') || changed.has('user'))) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    announcePage(this, { title: heading?.textContent?.trim() || ct('console.title'), heading });
  }

  override render() {
    if (!this.ready) return html`<p role="status">${ct('console.loading')}</p>`;
    const user = this.user;
    if (!user || user.role === 'citizen') return this.renderStaffOnly(user);
    const current = resolveSection(this.section, user);
    // Signing out is the header's job (it is on every page); the console only says who is signed in.
    return html`<div class="who">
        <span data-testid="console-who">${user.role === 'admin' ? ct('console.whoAdmin', { name: user.name }) : ct('console.whoPublisher', { name: user.name, opd: user.opd?.name ?? '—' })}</span>
      </div>
      <nav aria-label=${ct('console.nav')}>
        <ul>
          ${sectionsFor(user).map(
            (section) => html`<li>
              <a href=${section.path} aria-current=${current.menu === section.key ? 'page' : nothing}>${ct(section.label)}</a>
            </li>`,
          )}
        </ul>
      </nav>
      ${this.renderSection(current, user)}`;
  }

  private renderStaffOnly(user: SessionUser | null) {
    const back = `/konsol${this.section ? `/${this.section}` : ''}`;
    return html`<h1 tabindex="-1" data-testid="console-staff-only">${ct('console.staffOnlyTitle')}</h1>
      <p>${ct('console.staffOnlyBody')}</p>
      ${user ? html`<p>${ct('console.staffOnlyCitizen', { email: user.email })}</p>` : nothing}
      <p><a href=${`/masuk?kembali=${encodeURIComponent(back)}`}>${ct('console.signIn')}</a></p>`;
  }

  private renderSection(section: ConsoleSection, user: SessionUser) {
    switch (section.page) {
      case 'queue':
        return html`<palapa-console-approvals></palapa-console-approvals>`;
      case 'services':
        return html`<palapa-console-services .user=${user}></palapa-console-services>`;
      case 'service':
        return html`<palapa-console-service-page .slug=${section.slug} .user=${user}></palapa-console-service-page>`;
      case 'service-form':
        return html`<palapa-console-service-form .slug=${section.slug} .user=${user}></palapa-console-service-form>`;
      case 'form-editor':
        // The editor brings zod (the definition schema) and the form renderer: loaded only when opened.
        void import('./form-editor/palapa-console-form-editor');
        return html`<palapa-console-form-editor .slug=${section.slug}></palapa-console-form-editor>`;
      case 'requests':
        return html`<palapa-console-requests .slug=${section.slug}></palapa-console-requests>`;
      case 'request':
        return html`<palapa-console-request-detail .slug=${section.slug} .code=${section.code}></palapa-console-request-detail>`;
      case 'audit':
        return html`<palapa-console-audit></palapa-console-audit>`;
      case 'opds':
        return html`<palapa-console-opds></palapa-console-opds>`;
      case 'users':
        return html`<palapa-console-users></palapa-console-users>`;
      case 'tokens':
        return html`<palapa-console-tokens></palapa-console-tokens>`;
      case 'failures':
        return html`<palapa-console-failures></palapa-console-failures>`;
      case 'usage':
        return html`<palapa-console-usage-overview></palapa-console-usage-overview>`;
      case 'not-found':
        return html`<h1 tabindex="-1">${ct('console.title')}</h1>
          <p>${ct('console.notFound')}</p>`;
    }
  }
}

customElements.define('palapa-console', PalapaConsole);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console': PalapaConsole;
  }
}
