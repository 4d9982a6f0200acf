import { Task, TaskStatus } from '@lit/task';
import { pick, REQUEST_STATUS_LABELS, REQUEST_STATUSES, type RequestStatus } from '@palapa/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { formatDate, isOverdue, todayInJakarta } from './console-requests-format';
import type { RequestPage } from './console-requests-types';
import { consoleStyles } from './console-styles';
import type { StaffService } from './console-types';

const PAGE_SIZE = 25;

/** The status chip of a request, shared by the inbox and a request's page. */
export function renderStatusChip(status: RequestStatus) {
  return html`<span class="chip status-${status}" data-status=${status}>${pick(REQUEST_STATUS_LABELS[status], localeStore.locale)}</span>`;
}

export const requestStyles = css`
  .chip.status-diterima {
    color: #7a4d00;
  }
  .chip.status-diverifikasi,
  .chip.status-diproses {
    color: var(--palapa-blue);
  }
  .chip.status-selesai {
    color: #1e6b34;
  }
  .chip.status-ditolak,
  .overdue {
    color: var(--palapa-red);
  }
  a.mono {
    white-space: nowrap;
  }
  tr.overdue-row {
    background: #fdf1f0;
  }
`;

/** /konsol/layanan/<slug>/permohonan: the officers' inbox of a form service, newest first, by status, a page at a time. */
export class PalapaConsoleRequests extends LitElement {
  static override properties = { slug: {}, status: { state: true }, cursor: { state: true } };
  declare slug: string;
  declare status: RequestStatus | '';
  declare cursor: string | null;

  static override styles = [theme, consoleStyles, requestStyles];

  private readonly data = new Task(this, {
    task: async ([slug, status, cursor]) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (status) query.set('status', status);
      if (cursor) query.set('cursor', cursor);
      const [service, page] = await Promise.all([apiRequest<StaffService>('GET', `/services/${slug}`), apiRequest<RequestPage>('GET', `/services/${slug}/requests?${query}`)]);
      return { service, page };
    },
    args: () => [this.slug, this.status, this.cursor] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
    this.status = '';
    this.cursor = null;
  }

  override render() {
    // While another page or status loads, the last one stays on screen (and the filter keeps focus).
    const shown = this.data.value;
    if (this.data.status === TaskStatus.ERROR) return html`<h1 tabindex="-1">${this.slug}</h1>${renderLoadError(this.data.error, () => void this.data.run())}`;
    if (!shown) return html`<h1 tabindex="-1">${this.slug}</h1>${loading()}`;
    return this.renderInbox(shown.service, shown.page);
  }

  private renderInbox(service: StaffService, page: RequestPage) {
    const name = pick(service.name, localeStore.locale);
    const today = todayInJakarta();
    return html`<p><a href=${`/konsol/layanan/${service.slug}`}>${ct('requests.back', { service: name })}</a></p>
      <h1 tabindex="-1">${ct('requests.title', { service: name })}</h1>
      <p class="intro">${ct('requests.intro')}</p>
      <label for="status-filter">${ct('requests.filter')}</label>
      <select
        id="status-filter"
        data-testid="requests-filter"
        @change=${(event: Event) => {
          this.status = (event.target as HTMLSelectElement).value as RequestStatus | '';
          this.cursor = null;
        }}
      >
        <option value="" ?selected=${this.status === ''}>${ct('requests.all')}</option>
        ${REQUEST_STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${pick(REQUEST_STATUS_LABELS[status], localeStore.locale)}</option>`)}
      </select>
      <div aria-busy=${this.data.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${page.items.length === 0
        ? html`<p data-testid="requests-empty">${ct('requests.empty')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${ct('requests.title', { service: name })}>
            <table data-testid="requests-table">
              <thead>
                <tr>
                  <th scope="col">${ct('requests.code')}</th>
                  <th scope="col">${ct('requests.summary')}</th>
                  <th scope="col">${ct('requests.status')}</th>
                  <th scope="col">${ct('requests.created')}</th>
                  <th scope="col">${ct('requests.due')}</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map((item) => {
                  const overdue = isOverdue(item.dueDate, item.status, today);
                  return html`<tr data-testid="request-row" data-code=${item.trackingCode} data-status=${item.status} class=${overdue ? 'overdue-row' : ''}>
                    <th scope="row"><a class="mono" href=${`/konsol/layanan/${service.slug}/permohonan/${item.trackingCode}`}>${item.trackingCode}</a></th>
                    <td>${item.summary || '—'}</td>
                    <td>${renderStatusChip(item.status)}</td>
                    <td>${formatDateTime(item.createdAt)}</td>
                    <td>
                      ${formatDate(item.dueDate, localeStore.locale)}
                      ${overdue ? html`<br /><strong class="overdue" data-testid="overdue">${ct('requests.overdue')}</strong>` : nothing}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
      </div>
      <div class="actions">
        ${this.cursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = null)}>${ct('console.first')}</button>` : nothing}
        ${page.nextCursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = page.nextCursor)}>${ct('console.next')}</button>` : nothing}
      </div>`;
  }
}

customElements.define('palapa-console-requests', PalapaConsoleRequests);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-requests': PalapaConsoleRequests;
  }
}
