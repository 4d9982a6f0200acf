import { Task } from '@lit/task';
import { LitElement, css, html, nothing, svg } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import { barPercent, formatCompletion, formatDay, tallestDay, USAGE_WINDOWS, type ServiceUsage, type UsageWindow } from './console-usage-data';

/**
 * A service's usage on its console page: opens per day as bars, the same numbers in a table (the
 * bars are a picture for sighted staff; screen readers get the table), and the window's totals.
 * The bars are a few SVG rectangles drawn here: a chart library would weigh more than the page.
 */
export class PalapaConsoleUsage extends LitElement {
  static override properties = { slug: {}, kind: {}, days: { state: true } };
  declare slug: string;
  declare kind: 'module' | 'form' | 'link';
  declare days: UsageWindow;

  static override styles = [
    theme,
    consoleStyles,
    css`
      .window {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      svg.bars {
        display: block;
        width: 100%;
        height: 8rem;
        background: var(--palapa-surface);
        border-bottom: 1px solid var(--palapa-border);
        margin: 0.5rem 0 0.25rem;
      }
      svg.bars rect {
        fill: var(--palapa-blue);
      }
      .axis {
        display: flex;
        justify-content: space-between;
        color: var(--palapa-muted);
        font-size: 0.875rem;
      }
      dl.totals {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: 0.5rem 1rem;
      }
      dl.totals dd {
        margin: 0;
        font-size: 1.5rem;
        font-weight: 700;
      }
    `,
  ];

  private readonly data = new Task(this, {
    task: ([slug, days]) => apiRequest<ServiceUsage>('GET', `/services/${slug}/usage?days=${days}`),
    args: () => [this.slug, this.days] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
    this.kind = 'module';
    this.days = 30;
  }

  override render() {
    return html`<section aria-labelledby="usage-heading" data-testid="usage">
      <h2 id="usage-heading">${ct('usage.title')}</h2>
      <div class="window">
        <label for="usage-days">${ct('usage.window')}</label>
        <select id="usage-days" @change=${(event: Event) => (this.days = Number((event.target as HTMLSelectElement).value) as UsageWindow)}>
          ${USAGE_WINDOWS.map((days) => html`<option value=${days} ?selected=${days === this.days}>${ct('usage.lastDays', { days })}</option>`)}
        </select>
      </div>
      ${this.data.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.data.run()),
        complete: (usage) => this.renderUsage(usage),
      })}
      <p class="hint">${ct('usage.privacy')}</p>
    </section>`;
  }

  private renderUsage(usage: ServiceUsage) {
    const locale = localeStore.locale;
    const { totals, days } = usage;
    const isForm = this.kind === 'form';
    return html`<dl class="totals" data-testid="usage-totals">
        <div><dt>${ct('usage.opens')}</dt><dd data-testid="usage-opens">${totals.opens}</dd></div>
        ${isForm
          ? html`<div><dt>${ct('usage.formStarts')}</dt><dd data-testid="usage-form-starts">${totals.formStarts}</dd></div>
              <div><dt>${ct('usage.requests')}</dt><dd data-testid="usage-requests">${totals.requests}</dd></div>
              <div>
                <dt>${ct('usage.completion')}</dt>
                <dd data-testid="usage-completion">${formatCompletion(totals.completion, locale)}</dd>
              </div>`
          : nothing}
      </dl>
      ${isForm ? html`<p class="hint">${ct('usage.completionHint')}</p>` : nothing}
      ${totals.opens === 0 ? html`<p data-testid="usage-none">${ct('usage.none')}</p>` : this.renderBars(usage)}
      <details>
        <summary>${ct('usage.table')}</summary>
        <div class="table-wrap">
          <table data-testid="usage-table">
            <caption class="hint">${ct('usage.chartLabel', { days: days.length })}</caption>
            <thead>
              <tr>
                <th scope="col">${ct('usage.date')}</th>
                <th scope="col">${ct('usage.opens')}</th>
                ${isForm ? html`<th scope="col">${ct('usage.formStarts')}</th><th scope="col">${ct('usage.requests')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${[...days].reverse().map(
                (day) => html`<tr data-date=${day.date}>
                  <th scope="row">${formatDay(day.date, locale)}</th>
                  <td>${day.opens}</td>
                  ${isForm ? html`<td>${day.formStarts}</td><td>${day.requests}</td>` : nothing}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>`;
  }

  private renderBars({ days }: ServiceUsage) {
    const max = tallestDay(days);
    const first = days[0];
    const last = days[days.length - 1];
    // One unit per day, a fifth of it as the gap; the SVG stretches to the panel's width.
    return html`<svg class="bars" viewBox=${`0 0 ${days.length * 10} 100`} preserveAspectRatio="none" aria-hidden="true" data-testid="usage-bars">
        ${days.map((day, index) => {
          const height = barPercent(day.opens, max);
          return svg`<rect x=${index * 10 + 1} y=${100 - height} width="8" height=${height}><title>${day.date}: ${day.opens}</title></rect>`;
        })}
      </svg>
      <div class="axis" aria-hidden="true">
        <span>${first ? formatDay(first.date, localeStore.locale) : ''}</span>
        <span>${ct('usage.peak', { count: max })}</span>
        <span>${last ? formatDay(last.date, localeStore.locale) : ''}</span>
      </div>`;
  }
}

customElements.define('palapa-console-usage', PalapaConsoleUsage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-usage': PalapaConsoleUsage;
  }
}
