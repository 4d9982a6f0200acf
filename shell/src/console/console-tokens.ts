import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import type { PalapaConsoleDialog } from './console-dialog';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { ApiToken, Items } from './console-types';
import './console-dialog';

/** /konsol/token: the signed-in user's API tokens for the CLI; a new one's secret is shown once. */
export class PalapaConsoleTokens extends LitElement {
  static override properties = { feedback: { state: true }, busy: { state: true } };
  declare feedback: Feedback;
  declare busy: boolean;
  static override styles = [theme, consoleStyles];

  private readonly tokens = new Task(this, {
    task: async () => (await apiRequest<Items<ApiToken>>('GET', '/tokens')).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.feedback = null;
    this.busy = false;
  }

  private get dialog() {
    return this.renderRoot.querySelector<PalapaConsoleDialog>('palapa-console-dialog');
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    this.busy = true;
    try {
      const created = await apiRequest<ApiToken & { token: string }>('POST', '/tokens', { name });
      form.reset();
      this.feedback = null;
      await this.tokens.run();
      await this.dialog?.ask({ title: ct('tokens.createdTitle'), body: ct('tokens.createdBody'), secret: created.token });
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async revoke(token: ApiToken) {
    const answer = await this.dialog?.ask({
      title: ct('tokens.revokeTitle', { name: token.name }),
      body: ct('tokens.revokeBody'),
      confirmLabel: ct('tokens.revoke', { name: token.name }),
      danger: true,
    });
    if (answer === null || answer === undefined) return;
    this.busy = true;
    try {
      await apiRequest('DELETE', `/tokens/${token.id}`);
      this.feedback = { kind: 'ok', message: ct('tokens.revokedDone', { name: token.name }) };
      await this.tokens.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.tokens')}</h1>
      <p class="intro">${ct('tokens.intro')}</p>
      <form class="card" @submit=${this.create}>
        <label for="t-name">${ct('tokens.name')}</label>
        <input id="t-name" name="name" required maxlength="100" autocomplete="off" />
        <div class="actions"><button type="submit" ?disabled=${this.busy}>${ct('tokens.create')}</button></div>
      </form>
      ${renderFeedback(this.feedback)}
      ${this.tokens.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.tokens.run()),
        complete: (tokens) => (tokens.length === 0 ? html`<p>${ct('tokens.empty')}</p>` : this.renderTable(tokens)),
      })}
      <palapa-console-dialog></palapa-console-dialog>`;
  }

  private renderTable(tokens: ApiToken[]) {
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${ct('users.name')}</th>
            <th scope="col">${ct('tokens.prefix')}</th>
            <th scope="col">${ct('tokens.expires')}</th>
            <th scope="col">${ct('tokens.lastUsed')}</th>
            <th scope="col">${ct('services.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map(
            (token) => html`<tr data-testid="token-row" data-name=${token.name}>
              <th scope="row">${token.name}</th>
              <td><code>${token.prefix}…</code></td>
              <td>${formatDateTime(token.expiresAt)}</td>
              <td>${token.lastUsedAt ? formatDateTime(token.lastUsedAt) : ct('tokens.never')}</td>
              <td>
                ${token.revokedAt
                  ? html`<span class="chip off">${ct('tokens.revoked')}</span>`
                  : html`<button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.revoke(token)}>${ct('tokens.revoke', { name: token.name })}</button>`}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${nothing}`;
  }
}

customElements.define('palapa-console-tokens', PalapaConsoleTokens);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-tokens': PalapaConsoleTokens;
  }
}
