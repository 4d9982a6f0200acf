import { pick, type Locale } from '@palapa/sdk';
import { checkField, checkFormValues, fieldErrorMessage, formFields, isFieldVisible, type FieldError, type FormDefinition, type FormField, type FormValues } from '@palapa/sdk/forms';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { formatBytes, formText } from './form-i18n';
import { controlId, fileTypesText, focusTargetId, renderField, type FieldView } from './form-field-views';
import { rendererStyles } from './form-renderer-styles';

/**
 * <palapa-form-renderer>: draws a low-code form definition (every SDK field type) and checks the
 * answers as the citizen goes. Pure: it fetches and stores nothing itself, so the console's editor
 * uses it as its live preview and the citizen's form page wraps it.
 *
 * Properties
 * - `definition: FormDefinition` — what to draw (it passed the SDK's schema on the server).
 * - `values: Record<string, unknown>` — the raw answers (strings as typed, a list for multiChoice,
 *   `{kecamatan, kelurahan, street}`, `{lat, lng}`, an upload id for a file). Set it to restore a draft.
 * - `locale: 'id' | 'en'` — the language of labels and messages (default 'id').
 * - `errors: Record<string, FieldError>` — problems from elsewhere (the registry's 400
 *   `invalid_answers`); shown at once with the error summary, until the citizen edits the field.
 * - `uploads: Record<string, UploadedFile>` — what each file field holds (name, size), to show it.
 * - `upload?: (field, file) => Promise<UploadedFile>` — sends a chosen file; without it (a preview)
 *   a chosen file is only named. Reject with an Error whose `code` is 'too_large' or
 *   'unsupported_type' for those messages, anything else reads "upload failed".
 * - `submitLabel: string` — the submit button's text; '' (default) draws no button (a preview).
 * - `busy: boolean` — disables the submit button while the host sends.
 *
 * Events (bubbling, composed)
 * - `values-changed` `{ values, uploads }` — after every edit (the host keeps a draft with it).
 * - `form-submit` `{ values: FormValues }` — the checked answers (hidden fields dropped, text
 *   trimmed), only when every visible field passed; otherwise the error summary takes focus.
 *
 * Accessibility: each control is labelled (groups by a legend), help text and the error are tied
 * with aria-describedby, the error with aria-invalid + aria-errormessage; new errors are announced
 * in a polite live region; the summary at submit lists every problem as a link to its control.
 */
export interface UploadedFile {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface ValuesChangedDetail {
  values: Record<string, unknown>;
  uploads: Record<string, UploadedFile>;
}

export interface FormSubmitDetail {
  values: FormValues;
}

export class PalapaFormRenderer extends LitElement {
  static override properties = {
    definition: { attribute: false },
    values: { attribute: false },
    locale: {},
    errors: { attribute: false },
    uploads: { attribute: false },
    upload: { attribute: false },
    submitLabel: { attribute: 'submit-label' },
    busy: { type: Boolean },
    shown: { state: true },
    statuses: { state: true },
    summary: { state: true },
    announcement: { state: true },
  };
  declare definition: FormDefinition | null;
  declare values: Record<string, unknown>;
  declare locale: Locale;
  declare errors: Record<string, FieldError>;
  declare uploads: Record<string, UploadedFile>;
  declare upload: ((field: FormField, file: File) => Promise<UploadedFile>) | undefined;
  declare submitLabel: string;
  declare busy: boolean;
  /** The errors on screen: a field shows one once the citizen left it, or at submit. */
  declare private shown: Record<string, FieldError | { text: string }>;
  /** Per field: what its control says under it (uploading, located…). */
  declare private statuses: Record<string, string>;
  /** The keys listed in the error summary, after a refused submit. */
  declare private summary: string[];
  declare private announcement: string;
  private focusSummary = false;

  static override styles = rendererStyles;

  constructor() {
    super();
    this.definition = null;
    this.values = {};
    this.locale = 'id';
    this.errors = {};
    this.uploads = {};
    this.upload = undefined;
    this.submitLabel = '';
    this.busy = false;
    this.shown = {};
    this.statuses = {};
    this.summary = [];
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('errors') && Object.keys(this.errors).length > 0) {
      this.shown = { ...this.shown, ...this.errors };
      this.summary = Object.keys(this.errors);
      this.focusSummary = true;
    }
  }

  protected override updated() {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  private text(key: Parameters<typeof formText>[1], values?: Record<string, string | number>) {
    return formText(this.locale, key, values);
  }

  private message(error: FieldError | { text: string }): string {
    return 'text' in error ? error.text : fieldErrorMessage(error, this.locale);
  }

  private fields(): FormField[] {
    return this.definition ? formFields(this.definition) : [];
  }

  /** Shows (or clears) the field's own error for its current answer. */
  private validate(field: FormField, announce: boolean) {
    const outcome = checkField(field, this.values[field.key]);
    const next = { ...this.shown };
    if ('error' in outcome) {
      const isNew = JSON.stringify(next[field.key]) !== JSON.stringify(outcome.error);
      next[field.key] = outcome.error;
      if (announce && isNew) this.announcement = `${pick(field.label, this.locale)}: ${fieldErrorMessage(outcome.error, this.locale)}`;
    } else {
      delete next[field.key];
    }
    this.shown = next;
    if (this.summary.length > 0) this.summary = this.summary.filter((key) => key in next);
  }

  private setValue(field: FormField, value: unknown, commit: boolean) {
    this.values = { ...this.values, [field.key]: value };
    if (field.type === 'file' && !value) {
      const { [field.key]: _removed, ...rest } = this.uploads;
      this.uploads = rest;
      this.statuses = { ...this.statuses, [field.key]: '' };
    }
    // Once a field showed an error, it is checked again as the citizen types, so the error goes as soon as it is fixed.
    if (commit || field.key in this.shown) this.validate(field, commit);
    this.dropHiddenErrors();
    this.dispatchEvent(new CustomEvent<ValuesChangedDetail>('values-changed', { detail: { values: this.values, uploads: this.uploads }, bubbles: true, composed: true }));
  }

  /** A field that a changed answer hid keeps no error (its answer is dropped at submit anyway). */
  private dropHiddenErrors() {
    const hidden = this.fields().filter((field) => !isFieldVisible(field, this.values as FormValues) && field.key in this.shown);
    if (hidden.length === 0) return;
    const next = { ...this.shown };
    for (const field of hidden) delete next[field.key];
    this.shown = next;
  }

  private async chooseFile(field: FormField, file: File | null) {
    if (!file) return;
    const limitKb = field.maxSizeKb ?? Infinity;
    const sizeText = formatBytes(limitKb * 1024);
    if (file.size > limitKb * 1024) return this.fileProblem(field, this.text('field.file.tooLarge', { size: sizeText }));
    if (!this.upload) {
      // A preview: nothing is sent; the name shows that the control works.
      this.statuses = { ...this.statuses, [field.key]: file.name };
      return;
    }
    this.statuses = { ...this.statuses, [field.key]: this.text('field.file.uploading', { name: file.name }) };
    try {
      const uploaded = await this.upload(field, file);
      this.uploads = { ...this.uploads, [field.key]: uploaded };
      this.statuses = { ...this.statuses, [field.key]: '' };
      this.setValue(field, uploaded.id, true);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const text =
        code === 'too_large' ? this.text('field.file.tooLarge', { size: sizeText }) : code === 'unsupported_type' ? this.text('field.file.badType') : this.text('field.file.failed');
      this.fileProblem(field, text);
    }
  }

  private fileProblem(field: FormField, text: string) {
    this.statuses = { ...this.statuses, [field.key]: '' };
    this.shown = { ...this.shown, [field.key]: { text } };
    this.announcement = `${pick(field.label, this.locale)}: ${text}`;
  }

  private submit(event: Event) {
    event.preventDefault();
    if (!this.definition || this.busy) return;
    // Answers to fields this definition no longer has (an old draft) are left behind, not refused.
    const known = new Set(this.fields().map((field) => field.key));
    const input = Object.fromEntries(Object.entries(this.values).filter(([key]) => known.has(key)));
    const check = checkFormValues(this.definition, input);
    const problems = Object.keys(check.errors);
    if (problems.length > 0) {
      this.shown = { ...this.shown, ...check.errors };
      this.summary = problems;
      this.focusSummary = true;
      return;
    }
    this.summary = [];
    this.dispatchEvent(new CustomEvent<FormSubmitDetail>('form-submit', { detail: { values: check.values }, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.definition) return nothing;
    const visible = (field: FormField) => isFieldVisible(field, this.values as FormValues);
    return html`<form novalidate @submit=${this.submit}>
      ${this.renderSummary()}
      <p class="hint">${this.text('form.requiredNote')}</p>
      ${this.definition.sections.map(
        (section) => html`<section class="form-section" data-section=${section.key}>
          <h3>${pick(section.title, this.locale)}</h3>
          ${section.description ? html`<p class="hint">${pick(section.description, this.locale)}</p>` : nothing}
          ${section.fields.filter(visible).map((field) => this.renderOne(field))}
        </section>`,
      )}
      ${this.submitLabel
        ? html`<button type="submit" data-testid="form-submit" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? this.text('form.submitting') : this.submitLabel}
          </button>`
        : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </form>`;
  }

  private renderSummary() {
    const keys = this.summary.filter((key) => key in this.shown);
    if (keys.length === 0) return nothing;
    const byKey = new Map(this.fields().map((field) => [field.key, field]));
    return html`<div class="summary" role="alert" tabindex="-1" data-testid="error-summary">
      <h3>${keys.length === 1 ? this.text('form.summaryTitleOne') : this.text('form.summaryTitle', { count: keys.length })}</h3>
      <ul>
        ${keys.map((key) => {
          const field = byKey.get(key);
          const error = this.shown[key];
          const label = field ? pick(field.label, this.locale) : key;
          const target = field ? focusTargetId(field) : '';
          return html`<li>
            <a href="#${target}" @click=${(event: Event) => this.focusControl(event, target)}>${label}: ${error ? this.message(error) : ''}</a>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private focusControl(event: Event, id: string) {
    // The shell turns same-origin link clicks into navigation; this link only moves focus.
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  }

  private renderOne(field: FormField) {
    const error = this.shown[field.key];
    const helpId = field.help || field.type === 'file' || field.type === 'nik' ? controlId(field.key, 'help') : undefined;
    const errorId = error ? controlId(field.key, 'error') : undefined;
    const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
    const upload = this.uploads[field.key];
    const status = this.statuses[field.key] || (upload && this.values[field.key] === upload.id ? this.text('field.file.uploaded', { name: upload.name, size: formatBytes(upload.size) }) : '');
    const view: FieldView = {
      field,
      locale: this.locale,
      value: this.values[field.key],
      invalid: !!error,
      describedBy,
      errorId,
      set: (value, commit) => this.setValue(field, value, commit),
      leave: () => this.validate(field, true),
      chooseFile: (file) => void this.chooseFile(field, file),
      status,
      setStatus: (text) => (this.statuses = { ...this.statuses, [field.key]: text }),
    };
    const label = html`${pick(field.label, this.locale)}${field.required
      ? html`<span class="required" aria-hidden="true"> *</span>${field.type === 'multiChoice' ? html`<span class="visually-hidden"> (${this.text('form.required')})</span>` : nothing}`
      : nothing}`;
    const helpText = [
      field.help ? pick(field.help, this.locale) : '',
      // The NIK's shape, unless the OPD's own help already says it.
      field.type === 'nik' && !field.help ? this.text('field.nik.hint') : '',
      field.type === 'file' ? this.text('field.file.accept', { types: fileTypesText(field.accept), size: formatBytes((field.maxSizeKb ?? 0) * 1024) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const help = helpId ? html`<p class="hint" id=${helpId}>${helpText}</p>` : nothing;
    const errorView = error ? html`<p class="error" id=${controlId(field.key, 'error')} data-testid="field-error">${this.message(error)}</p>` : nothing;
    return renderField(view, label, help, errorView);
  }
}

customElements.define('palapa-form-renderer', PalapaFormRenderer);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-form-renderer': PalapaFormRenderer;
  }
}
