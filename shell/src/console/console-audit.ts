import { Task } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { AuditEntry } from './console-types';
import { auditQuery, NO_FILTERS, type AuditFilters } from './audit-query';

/** The registry names each target as staff know it (service slug, user email, OPD name …); null once the target is gone. */
type LabelledAuditEntry = AuditEntry & { targetLabel?: string | null };

/** /konsol/audit: the append-only log, filtered by actor, action, target and dates, a page at a time. */
export class PalapaConsoleAudit extends LitElement {
  static override properties = { filters: { state: true }, cursor: { state: true } };
  declare filters: AuditFilters;
  declare cursor: string | null;
  static override styles = [theme, consoleStyles];

  private readonly page = new Task(this, {
    task: ([filters, cursor]) => apiRequest<{ items: LabelledAuditEntry[]; nextCursor: string | null }>('GET', auditQuery(filters, cursor)),
    args: () => [this.filters, this.cursor] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.filters = NO_FILTERS;
    this.cursor = null;
  }

  private apply(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const read = (name: string) => String(data.get(name) ?? '');
    this.filters = { actorId: read('actorId'), action: read('action'), targetType: read('targetType'), targetId: read('targetId'), from: read('from'), to: read('to') };
    this.cursor = null;
  }

  /** Staff do not know actor IDs: a click on an actor or a target filters by it. */
  private filterBy(filters: Partial<AuditFilters>) {
    this.filters = { ...NO_FILTERS, ...filters };
    this.cursor = null;
  }

  private reset(event: Event) {
    (event.target as HTMLButtonElement).form?.reset();
    this.filters = NO_FILTERS;
    this.cursor = null;
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.audit')}</h1>
      <p class="intro">${ct('audit.intro')}</p>
      <form @submit=${this.apply} aria-label=${ct('audit.filters')} data-testid="audit-filters">
        <div class="grid">
          ${this.field('action', ct('audit.action'))} ${this.field('targetType', ct('audit.targetType'))}
          ${this.field('targetId', ct('audit.targetId'))} ${this.field('actorId', ct('audit.actor'))}
          ${this.field('from', ct('audit.from'), 'date')} ${this.field('to', ct('audit.to'), 'date')}
        </div>
        <div class="actions">
          <button type="submit">${ct('audit.apply')}</button>
          <button type="button" class="secondary" @click=${this.reset}>${ct('audit.reset')}</button>
        </div>
      </form>
      ${this.page.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.page.run()),
        complete: ({ items, nextCursor }) => html`${items.length === 0 ? html`<p>${ct('audit.empty')}</p>` : this.renderTable(items)}
          <div class="actions">
            ${this.cursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = null)}>${ct('console.first')}</button>` : nothing}
            ${nextCursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = nextCursor)}>${ct('console.next')}</button>` : nothing}
          </div>`,
      })}`;
  }

  private field(name: keyof AuditFilters, label: string, type = 'text') {
    return html`<div>
      <label for=${`a-${name}`}>${label}</label>
      <input id=${`a-${name}`} name=${name} type=${type} .value=${this.filters[name]} />
    </div>`;
  }

  private renderTable(items: LabelledAuditEntry[]) {
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${ct('audit.at')}</th>
            <th scope="col">${ct('audit.who')}</th>
            <th scope="col">${ct('audit.what')}</th>
            <th scope="col">${ct('audit.target')}</th>
            <th scope="col">${ct('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (entry) => html`<tr data-testid="audit-row" data-action=${entry.action}>
              <td>${formatDateTime(entry.at)}</td>
              <td>
                ${entry.actorId
                  ? html`<button type="button" class="link" title=${ct('audit.filterActor', { who: entry.actorLabel })} @click=${() => this.filterBy({ actorId: entry.actorId ?? '' })}>${entry.actorLabel}</button>`
                  : entry.actorLabel}
                ${entry.ip ? html`<br /><span class="hint">${entry.ip}</span>` : nothing}
              </td>
              <td><code>${entry.action}</code></td>
              <td>
                ${entry.targetType}
                <button
                  type="button"
                  class=${entry.targetLabel ? 'link' : 'link mono'}
                  title=${ct('audit.filterTarget', { target: entry.targetId })}
                  data-testid="audit-target"
                  @click=${() => this.filterBy({ targetType: entry.targetType, targetId: entry.targetId })}
                >
                  ${entry.targetLabel ?? entry.targetId}
                </button>
              </td>
              <td>${entry.before !== null || entry.after !== null
                ? html`<details>
                    <summary>${ct('audit.detail')}</summary>
                    <pre class="mono">${JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
                  </details>`
                : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('palapa-console-audit', PalapaConsoleAudit);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-audit': PalapaConsoleAudit;
  }
}
