import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, Opd } from './console-types';
import { usersQuery } from './console-users-query';

/** GET /users: an account as admins see it (never its password hash). */
interface ListedUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'publisher' | 'citizen';
  opd: { slug: string; name: string } | null;
  disabled: boolean;
  createdAt: string;
}

/** /konsol/pengguna: admins find accounts (by email or name, a page at a time) and create them. */
export class PalapaConsoleUsers extends LitElement {
  static override properties = { feedback: { state: true }, busy: { state: true }, q: { state: true }, cursor: { state: true } };
  declare feedback: Feedback;
  declare busy: boolean;
  declare q: string;
  declare cursor: string | null;
  static override styles = [theme, consoleStyles];

  private readonly opds = new Task(this, {
    task: async () => (await apiRequest<Items<Opd>>('GET', '/opds')).items,
    args: () => [],
  });

  private readonly list = new Task(this, {
    task: ([q, cursor]) => apiRequest<{ items: ListedUser[]; nextCursor: string | null }>('GET', usersQuery(q, cursor)),
    args: () => [this.q, this.cursor] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.feedback = null;
    this.busy = false;
    this.q = '';
    this.cursor = null;
  }

  private search(event: SubmitEvent) {
    event.preventDefault();
    this.q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '');
    this.cursor = null;
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
      void this.list.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.users')}</h1>
      <p class="intro">${ct('users.intro')}</p>
      ${this.renderList()}
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

  private renderList() {
    return html`<section aria-labelledby="users-list-heading">
      <h2 id="users-list-heading">${ct('users.list')}</h2>
      <form role="search" @submit=${this.search} data-testid="users-search">
        <label for="u-q">${ct('users.search')}</label>
        <div class="actions">
          <input id="u-q" name="q" type="search" .value=${this.q} autocomplete="off" />
          <button type="submit" class="secondary">${ct('users.searchSubmit')}</button>
        </div>
      </form>
      ${this.list.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.list.run()),
        complete: ({ items, nextCursor }) => html`${items.length === 0
            ? html`<p>${ct('users.empty')}</p>`
            : html`<div class="table-wrap">
                <table data-testid="users-table">
                  <thead>
                    <tr>
                      <th scope="col">${ct('users.email')}</th>
                      <th scope="col">${ct('users.name')}</th>
                      <th scope="col">${ct('users.role')}</th>
                      <th scope="col">${ct('users.opd')}</th>
                      <th scope="col">${ct('users.status')}</th>
                      <th scope="col">${ct('users.createdAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${items.map(
                      (user) => html`<tr data-testid="user-row" data-email=${user.email}>
                        <th scope="row">${user.email}</th>
                        <td>${user.name}</td>
                        <td>${ct(`users.role.${user.role}`)}</td>
                        <td>${user.opd?.name ?? '—'}</td>
                        <td><span class="chip ${user.disabled ? 'off' : 'on'}">${user.disabled ? ct('users.disabled') : ct('users.active')}</span></td>
                        <td>${formatDateTime(user.createdAt)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`}
          <div class="actions">
            ${this.cursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = null)}>${ct('console.first')}</button>` : nothing}
            ${nextCursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = nextCursor)}>${ct('console.next')}</button>` : nothing}
          </div>`,
      })}
    </section>`;
  }
}

customElements.define('palapa-console-users', PalapaConsoleUsers);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-users': PalapaConsoleUsers;
  }
}
