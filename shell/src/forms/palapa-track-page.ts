import { pick } from '@palapa/sdk';
import { REQUEST_STATUS_LABELS } from '@palapa/sdk/forms';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { navigate } from '../router/navigation';
import { ApiRequestError } from '../services/api-client';
import { LocaleController } from '../ui/controllers/locale-controller';
import { SessionController } from '../ui/controllers/session-controller';
import { announcePage } from '../ui/page-ready';
import { theme } from '../ui/theme';
import { formatDate, formatDateTime, formatBytes, ft } from './form-i18n';
import { fetchRequest } from './forms-api';
import type { FileInfo, RequestView } from './forms-api-types';
import { answerLines } from './request-answers';
import { downloadRequestFile } from './request-file-download';
import { keptRequests, watchRequests } from './request-watch';
import './palapa-skm-survey';

/**
 * Verifiers typed into the lookup form on this visit, by tracking code: they open the request
 * without ever going into the URL (history, logs, a shared link).
 */
const typedVerifiers = new Map<string, string>();

/** /lacak (look a request up by code and verifier) and /lacak/<CODE> (the request itself). */
export class PalapaTrackPage extends LitElement {
  static override properties = { code: {}, problem: { state: true } };
  declare code: string | null | undefined;
  declare private problem: string;
  private readonly i18n = new LocaleController(this);
  private readonly account = new SessionController(this);
  private announced = '';

  private readonly request = new Task(this, {
    task: async ([code, verifier], { signal }) => {
      if (!code) return null;
      // Without a verifier, only the signed-in owner can open it; the registry decides.
      const view = await fetchRequest(code, verifier, signal);
      if (verifier) {
        keptRequests.keep({ ...view, verifier, definitionVersion: view.definitionVersion });
        keptRequests.updateStatus(view.trackingCode, view.status, view.updatedAt);
        watchRequests();
      }
      return view;
    },
    args: () => [this.code ?? null, this.verifier()] as const,
  });

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: clamp(1.5rem, 5vw, 2rem);
        margin: 1rem 0 0.5rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.75rem;
      }
      section {
        background: var(--palapa-surface);
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        padding: 1rem 1.25rem;
        margin: 1rem 0;
      }
      form {
        display: grid;
        gap: 0.35rem;
        max-width: 28rem;
      }
      label {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      input {
        font: inherit;
        min-height: 44px;
        padding: 0.5rem 0.75rem;
        border: 1px solid #6b7785;
        border-radius: 8px;
      }
      #track-code {
        text-transform: uppercase;
      }
      form button {
        justify-self: start;
        margin-top: 0.75rem;
      }
      .hint,
      .muted {
        color: var(--palapa-muted);
        margin: 0;
        font-size: 0.9rem;
      }
      .problem {
        color: var(--palapa-red);
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        padding: 0.15rem 0.6rem;
        border-radius: 999px;
        background: #eef5fc;
        border: 1px solid var(--palapa-blue);
        font-weight: 700;
      }
      .badge[data-status='selesai'] {
        background: #e8f5e9;
        border-color: #2e7d32;
      }
      .badge[data-status='ditolak'] {
        background: #fdf1f0;
        border-color: var(--palapa-red);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(7rem, max-content) 1fr;
        gap: 0.35rem 1rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ol.timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 1rem;
        border-left: 3px solid var(--palapa-border);
        display: grid;
        gap: 0.75rem;
      }
      ol.timeline p {
        margin: 0.15rem 0 0;
      }
      button.link {
        background: none;
        border: 0;
        color: var(--palapa-blue);
        text-decoration: underline;
        padding: 0;
        min-height: 44px;
        text-align: left;
      }
      ul.files {
        margin: 0;
        padding-left: 1.25rem;
      }
    `,
  ];

  constructor() {
    super();
    this.code = null;
    this.problem = '';
  }

  private verifier(): string {
    const code = this.code ?? '';
    return typedVerifiers.get(code) ?? keptRequests.find(code)?.verifier ?? '';
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const key = `${this.code ?? ''}|${this.request.status}`;
    if (this.announced === key || this.request.status === 1) return;
    this.announced = key;
    const view = this.request.value;
    announcePage(this, {
      title: view ? `${view.trackingCode} — ${ft('track.title')}` : ft('track.title'),
      heading: this.renderRoot.querySelector('h1'),
    });
  }

  private lookUp(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const code = String(data.get('code') ?? '').trim().toUpperCase();
    const verifier = String(data.get('verifier') ?? '').trim();
    if (!code || !verifier) {
      this.problem = ft('track.notFound');
      return;
    }
    this.problem = '';
    typedVerifiers.set(code, verifier);
    if (code === this.code) void this.request.run();
    else navigate(`/lacak/${encodeURIComponent(code)}`);
  }

  override render() {
    return html`<p><a href="/permohonan">← ${ft('track.back')}</a></p>
      ${this.code
        ? this.request.render({
            pending: () => html`<h1 tabindex="-1">${this.code}</h1>
              <p class="muted" role="status">${ft('track.loading')}</p>`,
            complete: (view) => (view ? this.renderRequest(view) : this.renderLookUp('')),
            error: (error) => this.renderLookUp(this.lookUpProblem(error)),
          })
        : this.renderLookUp('')}`;
  }

  private lookUpProblem(error: unknown): string {
    if (error instanceof ApiRequestError && (error.status === 404 || error.status === 401 || error.status === 403)) {
      return this.verifier() || this.account.user ? ft('track.notFound') : ft('track.needVerifier', { code: this.code ?? '' });
    }
    return ft('track.error');
  }

  private renderLookUp(problem: string) {
    const shown = this.problem || problem;
    return html`<h1 tabindex="-1">${ft('track.title')}</h1>
      <section>
        <p>${ft('track.intro')}</p>
        ${shown ? html`<p class="problem" role="alert" data-testid="track-problem">${shown}</p>` : nothing}
        <form @submit=${this.lookUp} novalidate>
          <label for="track-code">${ft('track.code')}</label>
          <input id="track-code" name="code" autocomplete="off" spellcheck="false" required aria-describedby="track-code-hint" .value=${this.code ?? ''} />
          <p class="hint" id="track-code-hint">${ft('track.codeHint')}</p>
          <label for="track-verifier">${ft('track.verifier')}</label>
          <input id="track-verifier" name="verifier" autocomplete="off" spellcheck="false" required />
          <button type="submit">${ft('track.submit')}</button>
        </form>
      </section>`;
  }

  private renderRequest(view: RequestView) {
    const locale = this.i18n.locale;
    const verifier = this.verifier();
    const answers = answerLines(view.definition, view.values, view.files, locale);
    return html`<h1 tabindex="-1" data-testid="track-heading">${pick(view.service.name, locale)}</h1>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <section aria-labelledby="track-summary">
        <h2 id="track-summary">${view.trackingCode}</h2>
        <dl>
          <dt>${ft('track.status')}</dt>
          <dd><span class="badge" data-status=${view.status} data-testid="track-status">${REQUEST_STATUS_LABELS[view.status][locale]}</span></dd>
          <dt>${ft('form.dueDate')}</dt>
          <dd>${formatDate(view.dueDate, locale)}</dd>
        </dl>
      </section>
      <section aria-labelledby="track-timeline">
        <h2 id="track-timeline">${ft('track.timeline')}</h2>
        <ol class="timeline" data-testid="timeline">
          ${view.timeline.map(
            (step) => html`<li>
              <strong>${REQUEST_STATUS_LABELS[step.status][locale]}</strong>
              <span class="muted"> · <time datetime=${step.at}>${formatDateTime(step.at, locale)}</time></span>
              ${step.note ? html`<p>${step.note}</p>` : nothing} ${this.renderFiles(view, verifier, step.attachments)}
            </li>`,
          )}
        </ol>
      </section>
      <section aria-labelledby="track-answers">
        <h2 id="track-answers">${ft('track.answers')}</h2>
        <dl>
          ${answers.map(
            (line) => html`<dt>${line.label}</dt>
              <dd>${line.file ? this.renderFiles(view, verifier, [line.file]) : line.text}</dd>`,
          )}
        </dl>
      </section>
      ${this.renderRating(view, verifier)}`;
  }

  private renderFiles(view: RequestView, verifier: string, files: readonly FileInfo[]) {
    if (files.length === 0) return nothing;
    return html`<ul class="files">
      ${files.map(
        (file) => html`<li>
          <button class="link" @click=${() => void downloadRequestFile(view.trackingCode, verifier, file).catch(() => (this.problem = ft('track.error')))}>
            ${ft('track.download', { name: file.name })}
          </button>
          <span class="muted">(${formatBytes(file.size)})</span>
        </li>`,
      )}
    </ul>`;
  }

  private renderRating(view: RequestView, verifier: string) {
    if (view.rating) {
      return html`<section><p role="status" data-testid="skm-done">${ft('skm.done', { date: formatDate(view.rating.submittedAt, this.i18n.locale) })}</p></section>`;
    }
    if (!view.canRate) return nothing;
    return html`<section aria-labelledby="track-skm">
      <h2 id="track-skm">${ft('skm.title')}</h2>
      <palapa-skm-survey code=${view.trackingCode} verifier=${verifier} @rated=${() => void this.request.run()}></palapa-skm-survey>
    </section>`;
  }
}

customElements.define('palapa-track-page', PalapaTrackPage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-track-page': PalapaTrackPage;
  }
}
