import { pick, type LocalizedText } from '@palapa/sdk';
import type { FieldError, FormField } from '@palapa/sdk/forms';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { ApiRequestError } from '../services/api-client';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { FormDrafts } from './form-drafts';
import { formatDate, ft } from './form-i18n';
import { fetchForm, uploadFile } from './forms-api';
import type { FiledRequest, FormResponse } from './forms-api-types';
import { newIdempotencyKey, type OutboxFiledDetail, type OutboxItem } from './request-outbox';
import { flushOutbox, outbox, watchRequests } from './request-watch';
import type { FormSubmitDetail, UploadedFile, ValuesChangedDetail } from './palapa-form-renderer';
import './palapa-form-renderer';

type Phase = { kind: 'editing' } | { kind: 'sending'; key: string } | { kind: 'queued'; key: string } | { kind: 'filed'; filed: FiledRequest };

/**
 * A form service's form: the current definition, the citizen's draft kept on the device, file
 * uploads, and filing through the outbox — sent at once when the registry answers, kept and sent
 * later when it does not ("Tersimpan, akan dikirim saat online"), then the tracking code.
 */
export class PalapaFormFiling extends LitElement {
  static override properties = {
    slug: {},
    service: { attribute: false },
    phase: { state: true },
    values: { state: true },
    uploads: { state: true },
    serverErrors: { state: true },
    problem: { state: true },
    restored: { state: true },
  };
  declare slug: string;
  declare service: { name?: LocalizedText } | undefined;
  declare private phase: Phase;
  declare private values: Record<string, unknown>;
  declare private uploads: Record<string, UploadedFile>;
  declare private serverErrors: Record<string, FieldError>;
  declare private problem: string;
  declare private restored: boolean;
  private readonly i18n = new LocaleController(this);
  private readonly drafts = new FormDrafts();
  private focusResult = false;

  private readonly form = new Task(this, {
    task: async ([slug], { signal }) => {
      const form = await fetchForm(slug, signal);
      const draft = this.drafts.load(slug, form.version);
      this.values = draft?.values ?? {};
      this.uploads = draft?.uploads ?? {};
      this.restored = !!draft && Object.keys(draft.values).length > 0;
      // A submission of this form still waiting for the connection is shown as such on return.
      const waiting = outbox.list().find((item) => item.slug === slug && !item.rejected);
      if (waiting) this.phase = { kind: 'queued', key: waiting.key };
      return form;
    },
    args: () => [this.slug] as const,
  });

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      section {
        background: var(--palapa-surface);
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        padding: 1rem 1.25rem;
        margin: 1rem 0;
      }
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.75rem;
      }
      .note {
        background: #eef5fc;
        border-left: 4px solid var(--palapa-blue);
        padding: 0.5rem 0.75rem;
        margin: 0 0 1rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .problem {
        border-left-color: var(--palapa-red);
        background: #fdf1f0;
        font-weight: 600;
      }
      .queued {
        border-left-color: var(--palapa-gold);
        background: #fff6dd;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .code {
        font-family: ui-monospace, monospace;
        font-size: 1.35rem;
        font-weight: 700;
        letter-spacing: 0.05em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      .status {
        color: var(--palapa-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.slug = '';
    this.phase = { kind: 'editing' };
    this.values = {};
    this.uploads = {};
    this.serverErrors = {};
    this.problem = '';
    this.restored = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    outbox.addEventListener('filed', this.onFiled);
    outbox.addEventListener('rejected', this.onRejected);
    // A submission queued on an earlier visit goes out as soon as it can.
    watchRequests();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    outbox.removeEventListener('filed', this.onFiled);
    outbox.removeEventListener('rejected', this.onRejected);
  }

  protected override updated() {
    if (!this.focusResult) return;
    this.focusResult = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus-me]')?.focus();
  }

  private mine(key: string): boolean {
    return (this.phase.kind === 'sending' || this.phase.kind === 'queued') && this.phase.key === key;
  }

  private readonly onFiled = (event: Event) => {
    const { item, filed } = (event as CustomEvent<OutboxFiledDetail>).detail;
    if (!this.mine(item.key)) return;
    this.drafts.clear(item.slug, item.definitionVersion);
    this.phase = { kind: 'filed', filed };
    this.focusResult = true;
  };

  private readonly onRejected = (event: Event) => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    if (!this.mine(item.key) || !item.rejected) return;
    // The citizen is here to fix it: the answers are still on the page, so the outbox lets go.
    outbox.remove(item.key);
    this.phase = { kind: 'editing' };
    if (item.rejected.fields && Object.keys(item.rejected.fields).length > 0) {
      this.problem = ft('form.sendFailed');
      this.serverErrors = item.rejected.fields;
    } else {
      this.problem = ft('form.rejected', { message: item.rejected.message });
      this.focusResult = true;
    }
  };

  private async submit(form: FormResponse, event: CustomEvent<FormSubmitDetail>) {
    if (this.phase.kind !== 'editing') return;
    const key = newIdempotencyKey();
    this.problem = '';
    // Into the outbox before the first attempt: from here on, a lost connection loses nothing.
    outbox.add({ key, slug: this.slug, serviceName: this.service?.name ?? null, definitionVersion: form.version, values: event.detail.values });
    this.phase = { kind: 'sending', key };
    watchRequests();
    await flushOutbox(true);
    if (this.phase.kind === 'sending' && this.phase.key === key && outbox.find(key)) {
      // Not filed yet (offline, registry down): the outbox holds it and will send it.
      this.drafts.clear(this.slug, form.version);
      this.phase = { kind: 'queued', key };
      this.focusResult = true;
    }
  }

  private changed(form: FormResponse, event: CustomEvent<ValuesChangedDetail>) {
    this.values = event.detail.values;
    this.uploads = event.detail.uploads;
    this.drafts.save(this.slug, form.version, this.values, this.uploads);
  }

  private startOver(form: FormResponse) {
    this.drafts.clear(this.slug, form.version);
    this.values = {};
    this.uploads = {};
    this.serverErrors = {};
    this.problem = '';
    this.restored = false;
    this.phase = { kind: 'editing' };
  }

  private readonly upload = (field: FormField, file: File) => uploadFile(this.slug, field.key, file);

  override render() {
    return html`<section aria-labelledby="form-heading" data-testid="form-service">
      <h2 id="form-heading">${ft('form.heading')}</h2>
      ${this.form.render({
        pending: () => html`<p class="status" role="status">${ft('form.loading')}</p>`,
        complete: (form) => this.renderPhase(form),
        error: (error) =>
          error instanceof ApiRequestError && error.status === 404
            ? html`<p data-testid="form-unavailable">${ft('form.unavailable')}</p>`
            : html`<div class="note problem" role="alert">
                ${ft('form.error')} <button class="secondary" @click=${() => void this.form.run()}>${ft('form.retry')}</button>
              </div>`,
      })}
    </section>`;
  }

  private renderPhase(form: FormResponse) {
    switch (this.phase.kind) {
      case 'filed':
        return this.renderFiled(form, this.phase.filed);
      case 'queued':
        return html`<div class="note queued" data-testid="form-queued">
            <p role="status" tabindex="-1" data-focus-me><strong>${ft('form.queued')}</strong></p>
            <p>${ft('form.queuedHelp')}</p>
          </div>
          <div class="actions">
            <a href="/permohonan">${ft('requests.title')}</a>
            <button class="secondary" @click=${() => this.startOver(form)}>${ft('form.another')}</button>
          </div>`;
      default:
        return this.renderForm(form);
    }
  }

  private renderForm(form: FormResponse) {
    return html`${this.restored
        ? html`<div class="note" role="status">
            ${ft('form.draftRestored')}
            <button class="secondary" @click=${() => this.startOver(form)}>${ft('form.draftDiscard')}</button>
          </div>`
        : nothing}
      ${this.problem ? html`<div class="note problem" role="alert" tabindex="-1" data-focus-me data-testid="form-problem">${this.problem}</div>` : nothing}
      <palapa-form-renderer
        .definition=${form.definition}
        .values=${this.values}
        .uploads=${this.uploads}
        .errors=${this.serverErrors}
        .locale=${this.i18n.locale}
        .upload=${this.upload}
        submit-label=${ft('form.submit')}
        ?busy=${this.phase.kind === 'sending'}
        @values-changed=${(event: CustomEvent<ValuesChangedDetail>) => this.changed(form, event)}
        @form-submit=${(event: CustomEvent<FormSubmitDetail>) => void this.submit(form, event)}
      ></palapa-form-renderer>`;
  }

  private renderFiled(form: FormResponse, filed: FiledRequest) {
    return html`<div data-testid="form-filed">
      <h3 tabindex="-1" data-focus-me>${ft('form.filedTitle')}</h3>
      <p>${ft('form.filedIntro')}</p>
      <dl>
        <dt>${ft('form.trackingCode')}</dt>
        <dd class="code" data-testid="tracking-code">${filed.trackingCode}</dd>
        <dt>${ft('form.verifier')}</dt>
        <dd class="code" data-testid="verifier">${filed.verifier}</dd>
        <dt>${ft('form.dueDate')}</dt>
        <dd data-testid="due-date">${formatDate(filed.dueDate, this.i18n.locale)}</dd>
      </dl>
      <p class="note"><strong>${ft('form.keepCode')}</strong></p>
      <div class="actions">
        <a href="/lacak/${filed.trackingCode}" data-testid="track-link">${ft('form.track')}</a>
        <button class="secondary" @click=${() => this.startOver(form)}>${ft('form.another')}</button>
      </div>
      <p class="status">${pick(filed.service.name, this.i18n.locale)}</p>
    </div>`;
  }
}

customElements.define('palapa-form-filing', PalapaFormFiling);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-form-filing': PalapaFormFiling;
  }
}
