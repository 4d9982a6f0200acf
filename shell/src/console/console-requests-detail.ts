import { Task, TaskStatus } from '@lit/task';
import { pick, REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS, type RequestStatus } from '@palapa/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest, ConsoleApiError } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct, formatBytes, formatDateTime } from './console-i18n';
import { renderStatusChip, requestStyles } from './console-requests';
import { requestFileUrl, uploadAttachment } from './console-requests-api';
import { answerRows, formatDate, isOverdue, todayInJakarta, type AnswerRow } from './console-requests-format';
import type { RequestView, StoredFile } from './console-requests-types';
import { consoleStyles } from './console-styles';

const MAX_ATTACHMENTS = 5;
const statusLabel = (status: RequestStatus) => pick(REQUEST_STATUS_LABELS[status], localeStore.locale);

/**
 * /konsol/layanan/<slug>/permohonan/<code>: one request as its officer handles it — the answers with
 * the labels of the form version it was filed under, its files and timeline, and the status moves
 * the workflow allows from here, with a note and attachments. Each move names the status it starts
 * from, so two officers never overwrite each other (the registry answers 409 status_changed).
 */
export class PalapaConsoleRequestDetail extends LitElement {
  static override properties = {
    slug: {},
    code: {},
    view: { state: true },
    target: { state: true },
    problem: { state: true },
    feedback: { state: true },
    busy: { state: true },
    stale: { state: true },
  };
  declare slug: string;
  declare code: string;
  declare view: RequestView | null;
  declare target: RequestStatus | null;
  declare problem: string;
  declare feedback: Feedback;
  declare busy: boolean;
  /** Another officer moved it first: only reloading helps. */
  declare stale: boolean;

  static override styles = [
    theme,
    consoleStyles,
    requestStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        margin: 0;
      }
      dt {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .answer,
      ol.timeline p {
        white-space: pre-wrap;
      }
      @media (min-width: 40rem) {
        dl {
          grid-template-columns: minmax(10rem, 1fr) minmax(0, 2fr);
          gap: 0.25rem 1rem;
        }
        dt,
        dd {
          margin-top: 0.5rem;
        }
      }
      ol.timeline {
        padding-left: 1.25rem;
      }
      ol.timeline li {
        margin-bottom: 0.75rem;
      }
      fieldset {
        border: 1px solid var(--palapa-border);
        border-radius: 8px;
        padding: 0.25rem 0.75rem 0.75rem;
      }
      .radio {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 44px;
      }
      .radio input {
        width: 1.25rem;
        min-height: 1.25rem;
        margin: 0;
      }
      .radio label {
        margin: 0;
        font-weight: 400;
      }
    `,
  ];

  private readonly data = new Task(this, {
    task: async ([slug, code]) => {
      const view = await apiRequest<RequestView>('GET', `/services/${slug}/requests/${code}`);
      this.view = view;
      this.stale = false;
      return view;
    },
    args: () => [this.slug, this.code] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
    this.code = '';
    this.view = null;
    this.target = null;
    this.problem = '';
    this.feedback = null;
    this.busy = false;
    this.stale = false;
  }

  override render() {
    const back = html`<p><a href=${`/konsol/layanan/${this.slug}/permohonan`}>${ct('request.back')}</a></p>`;
    const heading = html`<h1 tabindex="-1">${ct('request.title', { code: this.code })}</h1>`;
    if (this.data.status === TaskStatus.ERROR) return html`${back}${heading}${renderLoadError(this.data.error, () => void this.data.run())}`;
    if (!this.view) return html`${back}${heading}${loading()}`;
    return html`${back}${heading}${this.renderRequest(this.view)}`;
  }

  private renderRequest(view: RequestView) {
    const locale = localeStore.locale;
    const overdue = isOverdue(view.dueDate, view.status, todayInJakarta());
    const rows = answerRows(view.definition, view.values, view.files, locale);
    return html`<p>${pick(view.service.name, locale)} · ${ct('request.version', { version: view.definitionVersion })}</p>
      <dl data-testid="request-facts">
        <dt>${ct('requests.status')}</dt>
        <dd data-testid="request-status">${renderStatusChip(view.status)}</dd>
        <dt>${ct('requests.due')}</dt>
        <dd>${formatDate(view.dueDate, locale)} ${overdue ? html`<strong class="overdue" data-testid="overdue">${ct('requests.overdue')}</strong>` : nothing}</dd>
        <dt>${ct('requests.created')}</dt>
        <dd>${formatDateTime(view.createdAt)}</dd>
        <dt>${ct('request.citizen')}</dt>
        <dd>${view.citizen ? html`${view.citizen.name} (<a href=${`mailto:${view.citizen.email}`}>${view.citizen.email}</a>)` : ct('request.anonymous')}</dd>
      </dl>
      ${view.rating ? html`<p>${ct('request.rated', { at: formatDateTime(view.rating.submittedAt) })}</p>` : nothing}
      <h2>${ct('request.answers')}</h2>
      <dl data-testid="request-answers">
        ${rows.map(
          (row) => html`<dt>${row.label}</dt>
            <dd data-key=${row.key}>${this.renderAnswer(view.trackingCode, row)}</dd>`,
        )}
      </dl>
      <h2>${ct('request.timeline')}</h2>
      <ol class="timeline" data-testid="request-timeline">
        ${view.timeline.map(
          (entry) => html`<li data-status=${entry.status}>
            ${renderStatusChip(entry.status)} <span class="hint">${formatDateTime(entry.at)}</span>
            ${entry.note ? html`<p>${entry.note}</p>` : nothing}
            ${entry.attachments.length ? html`<ul>${entry.attachments.map((file) => html`<li>${this.renderFile(view.trackingCode, file)}</li>`)}</ul>` : nothing}
          </li>`,
        )}
      </ol>
      ${this.renderMove(view)}`;
  }

  private renderAnswer(code: string, row: AnswerRow) {
    if (row.file) return this.renderFile(code, row.file);
    if (row.mapUrl) return html`<a href=${row.mapUrl} target="_blank" rel="noopener noreferrer">${row.text}</a>`;
    if (row.text === null) return html`<span class="hint">${ct('request.hidden')}</span>`;
    // Long answers keep the citizen's line breaks.
    return html`<span class="answer">${row.text}</span>`;
  }

  private renderFile(code: string, file: StoredFile) {
    return html`<a href=${requestFileUrl(code, file.id)} download=${file.name}>${ct('request.download', { name: file.name })}</a> <span class="hint">(${formatBytes(file.size)})</span>`;
  }

  private renderMove(view: RequestView) {
    const moves = REQUEST_TRANSITIONS[view.status];
    if (moves.length === 0) return html`<p data-testid="request-final">${ct('request.final', { status: statusLabel(view.status) })}</p>${renderFeedback(this.feedback)}`;
    const rejecting = this.target === 'ditolak';
    return html`<h2>${ct('request.move')}</h2>
      <form novalidate data-testid="request-move" @submit=${(event: SubmitEvent) => this.submit(event, view)}>
        <fieldset>
          <legend>${ct('request.moveTo')}</legend>
          ${moves.map(
            (status) => html`<div class="radio">
              <input type="radio" name="to" id=${`to-${status}`} value=${status} .checked=${this.target === status} @change=${() => ((this.target = status), (this.problem = ''))} />
              <label for=${`to-${status}`}>${statusLabel(status)}</label>
            </div>`,
          )}
        </fieldset>
        <label for="note">${rejecting ? ct('request.noteRequired') : ct('request.note')}</label>
        <textarea id="note" name="note" maxlength="2000" ?required=${rejecting} aria-describedby="move-problem"></textarea>
        <label for="attachments">${ct('request.attachments')}</label>
        <input id="attachments" name="attachments" type="file" multiple accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" />
        <p id="move-problem" class="error" role="alert" ?hidden=${!this.problem}>${this.problem}</p>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy || this.stale}>${this.busy ? ct('request.saving') : ct('request.submit')}</button>
          ${this.stale ? html`<button type="button" class="secondary" @click=${() => this.reload()}>${ct('request.reload')}</button>` : nothing}
        </div>
      </form>
      ${renderFeedback(this.feedback)}`;
  }

  private async reload() {
    this.feedback = null;
    this.target = null;
    await this.data.run();
  }

  private async submit(event: SubmitEvent, view: RequestView) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const files = [...((form.elements.namedItem('attachments') as HTMLInputElement).files ?? [])];
    const to = this.target;
    if (!to) return this.refuse(ct('request.pickStatus'), form.querySelector('input[name="to"]'));
    if (to === 'ditolak' && !note) return this.refuse(ct('request.noteMissing'), form.querySelector('textarea'));
    if (files.length > MAX_ATTACHMENTS) return this.refuse(ct('request.tooManyFiles'), form.querySelector('input[type="file"]'));
    this.problem = '';
    this.busy = true;
    this.feedback = null;
    try {
      const attachments: string[] = [];
      for (const file of files) {
        try {
          attachments.push((await uploadAttachment(this.slug, view.trackingCode, file)).id);
        } catch (error) {
          const reason = failed(error);
          throw new AttachmentError(ct('request.uploadFailed', { name: file.name, reason: reason?.message ?? '' }));
        }
      }
      const next = await apiRequest<RequestView>('POST', `/services/${this.slug}/requests/${view.trackingCode}/transitions`, {
        from: view.status,
        to,
        ...(note ? { note } : {}),
        ...(attachments.length ? { attachments } : {}),
      });
      this.view = next;
      this.target = null;
      form.reset();
      this.feedback = { kind: 'ok', message: ct('request.moved', { status: statusLabel(next.status) }) };
    } catch (error) {
      this.feedback = this.explain(error);
    } finally {
      this.busy = false;
    }
  }

  private explain(error: unknown): Feedback {
    if (error instanceof AttachmentError) return { kind: 'error', message: error.message, detail: null };
    if (error instanceof ConsoleApiError && error.code === 'status_changed') {
      this.stale = true;
      return { kind: 'error', message: ct('request.statusChanged'), detail: null };
    }
    if (error instanceof ConsoleApiError && error.code === 'invalid_transition') return { kind: 'error', message: ct('request.invalidTransition'), detail: null };
    return failed(error);
  }

  private refuse(problem: string, control: Element | null) {
    this.problem = problem;
    if (control instanceof HTMLElement) control.focus();
  }
}

class AttachmentError extends Error {}

customElements.define('palapa-console-request-detail', PalapaConsoleRequestDetail);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-request-detail': PalapaConsoleRequestDetail;
  }
}
