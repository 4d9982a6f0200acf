import { Task } from '@lit/task';
import { LitElement, html } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, Opd } from './console-types';

/** /konsol/opd: the city's departments; admins add and rename them. */
export class PalapaConsoleOpds extends LitElement {
  static override properties = { feedback: { state: true }, busy: { state: true }, editing: { state: true } };
  declare feedback: Feedback;
  declare busy: boolean;
  declare editing: string | null;
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
    this.editing = null;
  }

  private async save(event: SubmitEvent, existing: Opd | null) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = (name: string) => String(data.get(name) ?? '').trim();
    this.busy = true;
    try {
      if (existing) {
        await apiRequest('PATCH', `/opds/${existing.slug}`, { name: read('name'), shortName: read('shortName') });
        this.feedback = { kind: 'ok', message: ct('opds.renamed') };
        this.editing = null;
      } else {
        const created = await apiRequest<Opd>('POST', '/opds', { slug: read('slug'), name: read('name'), shortName: read('shortName') });
        this.feedback = { kind: 'ok', message: ct('opds.created', { name: created.name }) };
        form.reset();
      }
      await this.opds.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.opds')}</h1>
      <p class="intro">${ct('opds.intro')}</p>
      ${renderFeedback(this.feedback)}
      ${this.opds.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.opds.run()),
        complete: (opds) => html`<div class="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">${ct('opds.name')}</th><th scope="col">${ct('opds.shortName')}</th><th scope="col">Slug</th><th scope="col">${ct('services.actions')}</th></tr>
            </thead>
            <tbody>
              ${opds.map((opd) =>
                this.editing === opd.slug
                  ? html`<tr>
                      <td colspan="4">
                        <form @submit=${(event: SubmitEvent) => this.save(event, opd)} aria-label=${ct('opds.renameTitle', { name: opd.name })}>
                          <div class="grid">
                            ${this.field('name', ct('opds.name'), opd.name)} ${this.field('shortName', ct('opds.shortName'), opd.shortName)}
                          </div>
                          <div class="actions">
                            <button type="submit" ?disabled=${this.busy}>${ct('console.save')}</button>
                            <button type="button" class="secondary" @click=${() => (this.editing = null)}>${ct('console.cancel')}</button>
                          </div>
                        </form>
                      </td>
                    </tr>`
                  : html`<tr>
                      <th scope="row">${opd.name}</th>
                      <td>${opd.shortName}</td>
                      <td><code>${opd.slug}</code></td>
                      <td><button type="button" class="secondary" aria-label=${ct('opds.renameTitle', { name: opd.name })} @click=${() => (this.editing = opd.slug)}>${ct('opds.rename')}</button></td>
                    </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
      })}
      <form class="card" @submit=${(event: SubmitEvent) => this.save(event, null)}>
        <h2>${ct('opds.create')}</h2>
        <div class="grid">${this.field('slug', ct('opds.slug'), '')} ${this.field('name', ct('opds.name'), '')} ${this.field('shortName', ct('opds.shortName'), '')}</div>
        <div class="actions"><button type="submit" ?disabled=${this.busy}>${ct('opds.create')}</button></div>
      </form>`;
  }

  private field(name: string, label: string, value: string) {
    const id = `o-${name}-${value ? 'edit' : 'new'}`;
    return html`<div>
      <label for=${id}>${label}</label>
      <input id=${id} name=${name} required .value=${value} />
    </div>`;
  }
}

customElements.define('palapa-console-opds', PalapaConsoleOpds);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-opds': PalapaConsoleOpds;
  }
}
