import { html } from 'lit';
import { ct, formatDateTime } from '../console-i18n';
import type { FormVersionSummary } from './form-api-types';

/** The form's published versions, newest first, with how many requests each one received. */
export function renderFormVersions(versions: readonly FormVersionSummary[]) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return html`<h2>${ct('formEditor.versions')}</h2>
    ${newestFirst.length === 0
      ? html`<p>${ct('formEditor.noVersions')}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${ct('formEditor.versions')}>
          <table data-testid="form-versions">
            <thead>
              <tr>
                <th scope="col">${ct('formEditor.versionCol')}</th>
                <th scope="col">${ct('formEditor.daysCol')}</th>
                <th scope="col">${ct('formEditor.publishedCol')}</th>
                <th scope="col">${ct('formEditor.requestsCol')}</th>
              </tr>
            </thead>
            <tbody>
              ${newestFirst.map(
                (version) => html`<tr data-testid="form-version-row" data-version=${version.version}>
                  <th scope="row">${version.version}</th>
                  <td>${ct('formEditor.days', { days: version.processingDays })}</td>
                  <td>${formatDateTime(version.createdAt)}<br /><span class="hint">${version.createdBy.name}</span></td>
                  <td>${version.requests}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}`;
}
