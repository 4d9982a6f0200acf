import { Task } from '@lit/task';
import { LitElement, html } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest, ConsoleApiError } from './console-api';
import { loading, renderLoadError } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, PluginFailureGroup } from './console-types';

/** /konsol/laporan: plugin failures reported by shells (GET /api/v1/telemetry/plugin-failures). */
export class PalapaConsoleFailures extends LitElement {
  static override styles = [theme, consoleStyles];

  private readonly reports = new Task(this, {
    task: async () => {
      try {
        return (await apiRequest<Items<PluginFailureGroup>>('GET', '/telemetry/plugin-failures')).items;
      } catch (error) {
        // A registry without the telemetry routes answers 404: nothing to show, not a failure.
        if (error instanceof ConsoleApiError && error.status === 404) return null;
        throw error;
      }
    },
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.failures')}</h1>
      <p class="intro">${ct('failures.intro')}</p>
      ${this.reports.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.reports.run()),
        complete: (groups) =>
          groups === null
            ? html`<p data-testid="failures-empty">${ct('failures.unavailable')}</p>`
            : groups.length === 0
              ? html`<p data-testid="failures-empty">${ct('failures.empty')}</p>`
              : html`<div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">${ct('failures.service')}</th>
                        <th scope="col">${ct('failures.version')}</th>
                        <th scope="col">${ct('failures.phase')}</th>
                        <th scope="col">${ct('failures.count')}</th>
                        <th scope="col">${ct('failures.citizen')}</th>
                        <th scope="col">${ct('failures.last')}</th>
                        <th scope="col">${ct('failures.message')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${groups.map(
                        (group) => html`<tr>
                          <th scope="row"><a href=${`/konsol/layanan/${group.slug}`}>${group.slug}</a></th>
                          <td>${group.version ?? '—'}</td>
                          <td><code>${group.phase}</code></td>
                          <td>${group.count}</td>
                          <td>${group.citizenReports}</td>
                          <td>${formatDateTime(group.lastAt)}</td>
                          <td class="mono">${group.lastMessage}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`,
      })}`;
  }
}

customElements.define('palapa-console-failures', PalapaConsoleFailures);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-failures': PalapaConsoleFailures;
  }
}
