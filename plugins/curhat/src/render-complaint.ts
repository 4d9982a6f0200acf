/** One report as the citizen sees it: what, where, its status now, and the dated notes of the OPDs. */
import { html, nothing } from 'lit';
import type { Locale } from '@palapa/sdk';
import type { ComplaintView } from './complaint';
import { categoryKey, dateTime, fill, statusKey, topicKey, type Strings } from './strings';

export function renderStatusBadge(view: ComplaintView, s: Strings) {
  return html`<span class="badge badge--${view.status}" data-testid="report-status" data-status=${view.status}>${s[statusKey(view.status)]}</span>`;
}

export function renderComplaint(view: ComplaintView, s: Strings, locale: Locale, headingLevel: 3 | 4 = 3) {
  const heading = html`${view.code} · ${s[categoryKey(view.category)]}: ${s[topicKey(view.topic)]}`;
  return html`<article class="report" data-testid="report" data-code=${view.code}>
    ${headingLevel === 3 ? html`<h3 class="result-heading" tabindex="-1">${heading}</h3>` : html`<h4>${heading}</h4>`}
    <p>${fill(s.statusNow, { status: '' })}${renderStatusBadge(view, s)}</p>
    <p><small>${fill(s.reportedOn, { date: dateTime(view.createdAt, locale) })}${view.hasPhoto ? ` · ${s.withPhoto}` : ''}</small></p>
    <p>${view.description}</p>
    <p><strong>${s.location}:</strong> ${view.address ? `${view.address}, ` : nothing}Kel. ${view.kelurahan}, Kec. ${view.kecamatan}</p>
    <h4>${s.timelineTitle}</h4>
    <ol class="timeline" data-testid="timeline">
      ${view.timeline.map(
        (entry) => html`<li data-status=${entry.status}>
          <strong>${s[statusKey(entry.status)]}</strong> · <time datetime=${entry.at}>${dateTime(entry.at, locale)}</time><br />
          <span>${entry.note}</span> <small>(${entry.by})</small>
        </li>`,
      )}
    </ol>
  </article>`;
}
