import { Task } from '@lit/task';
import { pick, SKM_ELEMENTS, type SkmElement, type SkmGrade } from '@palapa/sdk';
import { LitElement, html } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct } from './console-i18n';
import type { ConsoleStringKey } from './console-strings';
import { consoleStyles } from './console-styles';

/** GET /services/:slug/satisfaction: the SKM index of the service's rated requests. */
export type Satisfaction =
  | { responses: number; index: number; grade: SkmGrade; elements: Record<SkmElement, number> }
  | { responses: 0; index: null; grade: null; elements: null };

const decimal = (value: number, digits: number) =>
  value.toLocaleString(localeStore.locale === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A form service's Survei Kepuasan Masyarakat on its console page: the index, its grade and each element's mean. */
export class PalapaConsoleSatisfaction extends LitElement {
  static override properties = { slug: {} };
  declare slug: string;
  static override styles = [theme, consoleStyles];

  private readonly data = new Task(this, {
    task: ([slug]) => apiRequest<Satisfaction>('GET', `/services/${slug}/satisfaction`),
    args: () => [this.slug] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
  }

  override render() {
    return html`<section aria-labelledby="skm-heading" data-testid="satisfaction">
      <h2 id="skm-heading">${ct('satisfaction.title')}</h2>
      ${this.data.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.data.run()),
        complete: (result) => this.renderIndex(result),
      })}
    </section>`;
  }

  private renderIndex(result: Satisfaction) {
    if (result.index === null) return html`<p data-testid="satisfaction-none">${ct('satisfaction.none')}</p>`;
    const { elements, grade } = result;
    return html`<dl class="grid" data-testid="satisfaction-summary">
        <div>
          <dt>${ct('satisfaction.index')}</dt>
          <dd data-testid="satisfaction-index"><strong>${decimal(result.index, 2)}</strong></dd>
        </div>
        <div>
          <dt>${ct('satisfaction.grade')}</dt>
          <dd data-testid="satisfaction-grade">${ct('satisfaction.gradeValue', { grade, label: ct(`satisfaction.grade.${grade}` as ConsoleStringKey) })}</dd>
        </div>
        <div>
          <dt>${ct('satisfaction.responses')}</dt>
          <dd>${result.responses}</dd>
        </div>
      </dl>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${ct('satisfaction.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${ct('satisfaction.element')}</th>
              <th scope="col">${ct('satisfaction.mean')}</th>
            </tr>
          </thead>
          <tbody>
            ${SKM_ELEMENTS.map(
              (element) => html`<tr>
                <th scope="row">${pick(element.label, localeStore.locale)}</th>
                <td>${decimal(elements[element.key], 2)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('palapa-console-satisfaction', PalapaConsoleSatisfaction);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-satisfaction': PalapaConsoleSatisfaction;
  }
}
