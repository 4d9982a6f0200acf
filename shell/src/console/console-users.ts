import { Task } from '@lit/task';
import { LitElement, html } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, Opd } from './console-types';

/** /konsol/pengguna: admins create accounts (the registry has no account list to show yet). */
export class PalapaConsoleUsers extends LitElement {
  static override properties = { feedback: { state: true }, busy: { state: true } };
  declare feedback: Feedback;
  declare busy: boolean;
  static override styles = [theme, consoleStyles];

  private readonly opds = new Task(this, {
    task: async () => (await apiRequest<Items<Opd>>('GET', '/opds')).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.feedback = null;
    this.busy = false;
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = (name: string) => String(data.get(name) ?? '');
    const opd = read('opd');
    this.busy = true;
    try {
      const created = await apiRequest<{ email: string }>('POST', '/users', {
        email: read('email').trim(),
        name: read('name').trim(),
        role: read('role'),
        ...(opd ? { opd } : {}),
        password: read('password'),
      });
      this.feedback = { kind: 'ok', message: ct('users.created', { email: created.email }) };
      form.reset();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.users')}</h1>
      <p class="intro">${ct('users.intro')}</p>
      ${this.opds.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.opds.run()),
        complete: (opds) => html`<form class="card" @submit=${this.create}>
          <h2>${ct('users.create')}</h2>
          <div class="grid">
            <div><label for="u-email">${ct('users.email')}</label><input id="u-email" name="email" type="email" autocomplete="off" required /></div>
            <div><label for="u-name">${ct('users.name')}</label><input id="u-name" name="name" required /></div>
            <div>
              <label for="u-role">${ct('users.role')}</label>
              <select id="u-role" name="role">
                <option value="publisher">${ct('users.role.publisher')}</option>
                <option value="admin">${ct('users.role.admin')}</option>
                <option value="citizen">${ct('users.role.citizen')}</option>
              </select>
            </div>
            <div>
              <label for="u-opd">${ct('users.opd')}</label>
              <select id="u-opd" name="opd">
                <option value="">${ct('users.noOpd')}</option>
                ${opds.map((opd) => html`<option value=${opd.slug}>${opd.name}</option>`)}
              </select>
            </div>
            <div><label for="u-password">${ct('users.password')}</label><input id="u-password" name="password" type="password" autocomplete="new-password" minlength="12" required /></div>
          </div>
          ${renderFeedback(this.feedback)}
          <div class="actions"><button type="submit" ?disabled=${this.busy}>${ct('users.create')}</button></div>
        </form>`,
      })}`;
  }
}

customElements.define('palapa-console-users', PalapaConsoleUsers);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-users': PalapaConsoleUsers;
  }
}
