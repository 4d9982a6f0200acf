import { LitElement, css, html, nothing } from 'lit';
import { ct } from '../console/console-i18n';
import { consoleStyles } from '../console/console-styles';
import { navigate } from '../router/navigation';
import { session, type SessionUser } from '../services/session';
import { returnPath } from './return-path';
import { LocaleController } from '../ui/controllers/locale-controller';
import { announcePage } from '../ui/page-ready';
import { theme } from '../ui/theme';

/** /masuk: staff sign in with email and password, then go back where they came from (`?kembali=`). */
export class PalapaSignInPage extends LitElement {
  static override properties = { user: { state: true }, problem: { state: true }, busy: { state: true }, message: { state: true } };
  declare user: SessionUser | null;
  declare problem: string;
  declare busy: boolean;
  declare message: string;
  private unsubscribe: (() => void) | null = null;

  static override styles = [
    theme,
    consoleStyles,
    css`
      :host {
        max-width: 28rem;
        padding: 1rem 0 2rem;
      }
      form button[type='submit'] {
        margin-top: 1rem;
        width: 100%;
      }
    `,
  ];

  constructor() {
    super();
    new LocaleController(this);
    this.user = session.user;
    this.problem = '';
    this.busy = false;
    this.message = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = session.subscribe((user) => (this.user = user));
    void session.ready.then(() => (this.user = session.user));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  override firstUpdated() {
    announcePage(this, { title: ct('signIn.title'), heading: this.renderRoot.querySelector('h1') });
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) return this.fail(ct('signIn.missing'));
    this.busy = true;
    this.problem = '';
    try {
      await session.signIn(email, password);
      navigate(returnPath(location.search));
    } catch (error) {
      this.fail((error as Error).message);
    } finally {
      this.busy = false;
    }
  }

  private async fail(problem: string) {
    this.problem = problem;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#problem')?.focus();
  }

  private async signOut() {
    await session.signOut().catch(() => undefined);
    this.message = ct('signIn.signedOut');
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('signIn.title')}</h1>
      ${this.message ? html`<p class="ok" role="status">${this.message}</p>` : nothing}
      ${this.user ? this.renderSignedIn(this.user) : this.renderForm()}`;
  }

  private renderSignedIn(user: SessionUser) {
    return html`<p>${ct('signIn.signedInAs', { name: user.name, email: user.email })}</p>
      <div class="actions">
        ${user.role !== 'citizen' ? html`<a href="/konsol">${ct('signIn.toConsole')}</a>` : nothing}
        <button type="button" class="secondary" @click=${this.signOut}>${ct('signIn.signOut')}</button>
      </div>`;
  }

  private renderForm() {
    return html`<p class="intro">${ct('signIn.intro')}</p>
      <form @submit=${this.submit} novalidate aria-describedby=${this.problem ? 'problem' : nothing}>
        <p id="problem" class="error" role="alert" tabindex="-1" ?hidden=${!this.problem} data-testid="sign-in-error">${this.problem}</p>
        <label for="email">${ct('signIn.email')}</label>
        <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required maxlength="254" />
        <label for="password">${ct('signIn.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200" />
        <button type="submit" ?disabled=${this.busy}>${this.busy ? ct('signIn.submitting') : ct('signIn.submit')}</button>
      </form>`;
  }
}

customElements.define('palapa-sign-in-page', PalapaSignInPage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-sign-in-page': PalapaSignInPage;
  }
}
