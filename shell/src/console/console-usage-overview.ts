import { Task } from '@lit/task';
import { pick } from '@palapa/sdk';
import { LitElement, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import { overviewQuery, USAGE_WINDOWS, type ServiceUsageSummary, type UsageWindow } from './console-usage-data';

/** /konsol/penggunaan (admins): every service by opens in the window, most opened first, a page at a time. */
export class PalapaConsoleUsageOverview extends LitElement {
  static override properties = { days: { state: true }, cursor: { state: true } };
  declare days: UsageWindow;
  declare cursor: string | null;
  static override styles = [theme, consoleStyles];

  private readonly page = new Task(this, {
    task: ([days, cursor]) => apiRequest<{ items: ServiceUsageSummary[]; nextCursor: string | null }>('GET', overviewQuery(days, cursor)),
    args: () => [this.days, this.cursor] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.days = 30;
    this.cursor = null;
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.usage')}</h1>
      <p class="intro">${ct('usageOverview.intro')}</p>
      <label for="overview-days">${ct('usage.window')}</label>
      <select
        id="overview-days"
        @change=${(event: Event) => {
          this.days = Number((event.target as HTMLSelectElement).value) as UsageWindow;
          this.cursor = null;
        }}
      >
        ${USAGE_WINDOWS.map((days) => html`<option value=${days} ?selected=${days === this.days}>${ct('usage.lastDays', { days })}</option>`)}
      </select>
      ${this.page.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.page.run()),
        complete: ({ items, nextCursor }) => html`${items.length === 0 ? html`<p>${ct('usageOverview.empty')}</p>` : this.renderTable(items)}
          <div class="actions">
            ${this.cursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = null)}>${ct('console.first')}</button>` : nothing}
            ${nextCursor ? html`<button type="button" class="secondary" @click=${() => (this.cursor = nextCursor)}>${ct('console.next')}</button>` : nothing}
          </div>`,
      })}
      <p class="hint">${ct('usage.privacy')}</p>`;
  }

  private renderTable(items: ServiceUsageSummary[]) {
    return html`<div class="table-wrap">
      <table data-testid="usage-overview">
        <caption class="hint">${ct('usage.lastDays', { days: this.days })}</caption>
        <thead>
          <tr>
            <th scope="col">${ct('usageOverview.service')}</th>
            <th scope="col">${ct('usageOverview.opd')}</th>
            <th scope="col">${ct('usage.opens')}</th>
            <th scope="col">${ct('usage.formStarts')}</th>
            <th scope="col">${ct('usage.requests')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) => html`<tr data-testid="usage-overview-row" data-slug=${item.slug}>
              <th scope="row">
                <a href=${`/konsol/layanan/${item.slug}`}>${pick(item.name, localeStore.locale)}</a>
                ${item.enabled ? nothing : html` <span class="chip off">${ct('services.disabled')}</span>`}
              </th>
              <td>${item.opd.name}</td>
              <td data-testid="usage-overview-opens">${item.opens}</td>
              <td>${item.kind === 'form' ? item.formStarts : '—'}</td>
              <td>${item.kind === 'form' ? item.requests : '—'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('palapa-console-usage-overview', PalapaConsoleUsageOverview);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-usage-overview': PalapaConsoleUsageOverview;
  }
}
