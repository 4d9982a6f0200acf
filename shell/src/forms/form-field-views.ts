import type { Locale } from '@palapa/sdk';
import { pick } from '@palapa/sdk';
import { CITY_REGIONS, type FormField } from '@palapa/sdk/forms';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formText } from './form-i18n';
import { renderLocation } from './form-location-view';

/**
 * The controls of each field type, as template functions drawn inside <palapa-form-renderer>'s
 * shadow root (so every aria-describedby / aria-errormessage id resolves: ids do not cross shadow
 * roots, which is why these are not elements of their own).
 */
export interface FieldView {
  field: FormField;
  locale: Locale;
  /** The raw answer as typed (strings, a list, an address or location object). */
  value: unknown;
  invalid: boolean;
  /** The ids of the help text and the error message, for aria-describedby. */
  describedBy: string | undefined;
  errorId: string | undefined;
  /** A new raw answer; `commit` when the citizen finished with the control (change/blur). */
  set(value: unknown, commit: boolean): void;
  /** The citizen left the control: validate it. */
  leave(): void;
  /** A file was chosen (file fields). */
  chooseFile(file: File | null): void;
  /** What the control says under it (a file's upload, a location lookup); '' for nothing. */
  status: string;
  setStatus(text: string): void;
}

export const controlId = (key: string, part?: string) => (part ? `field-${key}-${part}` : `field-${key}`);

/** The element to focus when the error summary links to a field. */
export function focusTargetId(field: FormField): string {
  switch (field.type) {
    case 'choice':
      return field.options && field.options.length <= RADIO_LIMIT ? controlId(field.key, '0') : controlId(field.key);
    case 'multiChoice':
      return controlId(field.key, '0');
    case 'address':
      return controlId(field.key, 'kecamatan');
    case 'location':
      return controlId(field.key, 'lat');
    default:
      return controlId(field.key);
  }
}

/** Up to this many options show as radio buttons (all visible at once); more become a select. */
const RADIO_LIMIT = 5;

const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The field's whole block: label (or legend), help, control, error. */
export function renderField(view: FieldView, label: TemplateResult, help: TemplateResult | typeof nothing, error: TemplateResult | typeof nothing) {
  const grouped = ['choice', 'multiChoice', 'address', 'location'].includes(view.field.type) && !isSelectChoice(view.field);
  if (grouped) {
    return html`<fieldset class="field" data-field=${view.field.key} aria-describedby=${ifDefined(view.describedBy)}>
      <legend>${label}</legend>
      ${help} ${renderControl(view)} ${error}
    </fieldset>`;
  }
  return html`<div class="field" data-field=${view.field.key}>
    <label for=${controlId(view.field.key)}>${label}</label>
    ${help} ${renderControl(view)} ${error}
  </div>`;
}

function isSelectChoice(field: FormField): boolean {
  return field.type === 'choice' && (field.options?.length ?? 0) > RADIO_LIMIT;
}

function inputAria(view: FieldView) {
  return {
    invalid: view.invalid ? 'true' : 'false',
    errormessage: view.invalid ? view.errorId : undefined,
  };
}

function renderControl(view: FieldView) {
  const { field } = view;
  const id = controlId(field.key);
  const aria = inputAria(view);
  const onInput = (event: Event) => view.set((event.target as HTMLInputElement).value, false);
  const onChange = (event: Event) => view.set((event.target as HTMLInputElement).value, true);
  const textInput = (type: string, extra: { inputmode?: string; autocomplete?: string; maxlength?: number } = {}) =>
    html`<input
      id=${id}
      name=${field.key}
      type=${type}
      inputmode=${ifDefined(extra.inputmode)}
      autocomplete=${ifDefined(extra.autocomplete)}
      maxlength=${ifDefined(extra.maxlength)}
      ?required=${field.required}
      aria-invalid=${aria.invalid}
      aria-errormessage=${ifDefined(aria.errormessage)}
      aria-describedby=${ifDefined(view.describedBy)}
      .value=${live(asText(view.value))}
      @input=${onInput}
      @change=${onChange}
      @blur=${() => view.leave()}
    />`;
  switch (field.type) {
    case 'text':
      return textInput('text');
    case 'number':
      return textInput('text', { inputmode: 'decimal' });
    case 'date':
      return textInput('date');
    case 'phone':
      return textInput('tel', { inputmode: 'tel', autocomplete: 'tel' });
    case 'email':
      return textInput('email', { autocomplete: 'email' });
    case 'nik':
      // 16 digits (spaces are allowed while typing, hence a little room).
      return textInput('text', { inputmode: 'numeric', autocomplete: 'off', maxlength: 19 });
    case 'longText':
      return html`<textarea
        id=${id}
        name=${field.key}
        rows="5"
        ?required=${field.required}
        aria-invalid=${aria.invalid}
        aria-errormessage=${ifDefined(aria.errormessage)}
        aria-describedby=${ifDefined(view.describedBy)}
        .value=${live(asText(view.value))}
        @input=${onInput}
        @change=${onChange}
        @blur=${() => view.leave()}
      ></textarea>`;
    case 'choice':
      return isSelectChoice(field) ? renderSelect(view) : renderOptions(view, 'radio');
    case 'multiChoice':
      return renderOptions(view, 'checkbox');
    case 'address':
      return renderAddress(view);
    case 'location':
      return renderLocation(view);
    case 'file':
      return renderFile(view);
  }
}

function renderSelect(view: FieldView) {
  const { field, locale } = view;
  const aria = inputAria(view);
  const value = asText(view.value);
  return html`<select
    id=${controlId(field.key)}
    name=${field.key}
    ?required=${field.required}
    aria-invalid=${aria.invalid}
    aria-errormessage=${ifDefined(aria.errormessage)}
    aria-describedby=${ifDefined(view.describedBy)}
    @change=${(event: Event) => view.set((event.target as HTMLSelectElement).value, true)}
    @blur=${() => view.leave()}
  >
    <option value="" ?selected=${value === ''}>${formText(locale, 'form.choose')}</option>
    ${field.options?.map((option) => html`<option value=${option.value} ?selected=${value === option.value}>${pick(option.label, locale)}</option>`)}
  </select>`;
}

function renderOptions(view: FieldView, type: 'radio' | 'checkbox') {
  const { field, locale } = view;
  const aria = inputAria(view);
  const chosen = type === 'radio' ? [asText(view.value)] : Array.isArray(view.value) ? (view.value as string[]) : [];
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') return view.set(value, true);
    const next = checked ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value);
    // Keep the definition's order, so the answer reads like the form.
    view.set(field.options?.map((o) => o.value).filter((v) => next.includes(v)) ?? next, true);
  };
  return html`<div class="options">
    ${field.options?.map(
      (option, index) => html`<label class="option">
        <input
          id=${controlId(field.key, String(index))}
          type=${type}
          name=${field.key}
          value=${option.value}
          ?required=${type === 'radio' && field.required}
          aria-invalid=${aria.invalid}
          aria-errormessage=${ifDefined(aria.errormessage)}
          .checked=${live(chosen.includes(option.value))}
          @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
        />
        <span>${pick(option.label, locale)}</span>
      </label>`,
    )}
  </div>`;
}

function renderAddress(view: FieldView) {
  const { field, locale } = view;
  const aria = inputAria(view);
  const address = asRecord(view.value);
  const kecamatan = asText(address.kecamatan);
  const kelurahan = asText(address.kelurahan);
  const street = asText(address.street);
  const region = CITY_REGIONS.find((r) => r.kecamatan === kecamatan);
  const update = (patch: Record<string, string>, commit: boolean) => view.set({ kecamatan, kelurahan, street, ...patch }, commit);
  const common = { invalid: aria.invalid, errormessage: ifDefined(aria.errormessage) };
  return html`<div class="address">
    <label for=${controlId(field.key, 'kecamatan')}>${formText(locale, 'field.address.kecamatan')}</label>
    <select
      id=${controlId(field.key, 'kecamatan')}
      autocomplete="address-level3"
      ?required=${field.required}
      aria-invalid=${common.invalid}
      aria-errormessage=${common.errormessage}
      @change=${(event: Event) => update({ kecamatan: (event.target as HTMLSelectElement).value, kelurahan: '' }, false)}
    >
      <option value="" ?selected=${!region}>${formText(locale, 'form.choose')}</option>
      ${CITY_REGIONS.map((r) => html`<option value=${r.kecamatan} ?selected=${r.kecamatan === kecamatan}>${r.kecamatan}</option>`)}
    </select>
    <label for=${controlId(field.key, 'kelurahan')}>${formText(locale, 'field.address.kelurahan')}</label>
    <select
      id=${controlId(field.key, 'kelurahan')}
      autocomplete="address-level4"
      ?required=${field.required}
      ?disabled=${!region}
      aria-invalid=${common.invalid}
      aria-errormessage=${common.errormessage}
      @change=${(event: Event) => update({ kelurahan: (event.target as HTMLSelectElement).value }, false)}
    >
      <option value="" ?selected=${!kelurahan}>${region ? formText(locale, 'form.choose') : formText(locale, 'field.address.chooseKecamatanFirst')}</option>
      ${region?.kelurahan.map((k) => html`<option value=${k} ?selected=${k === kelurahan}>${k}</option>`)}
    </select>
    <label for=${controlId(field.key, 'street')}>${formText(locale, 'field.address.street')}</label>
    <input
      id=${controlId(field.key, 'street')}
      type="text"
      autocomplete="street-address"
      maxlength="300"
      ?required=${field.required}
      aria-invalid=${common.invalid}
      aria-errormessage=${common.errormessage}
      .value=${live(street)}
      @input=${(event: Event) => update({ street: (event.target as HTMLInputElement).value }, false)}
      @change=${(event: Event) => update({ street: (event.target as HTMLInputElement).value }, true)}
    />
  </div>`;
}

function renderFile(view: FieldView) {
  const { field, locale } = view;
  const aria = inputAria(view);
  return html`<input
      id=${controlId(field.key)}
      name=${field.key}
      type="file"
      accept=${(field.accept ?? []).join(',')}
      ?required=${field.required && !view.value}
      aria-invalid=${aria.invalid}
      aria-errormessage=${ifDefined(aria.errormessage)}
      aria-describedby=${ifDefined(view.describedBy)}
      @change=${(event: Event) => view.chooseFile((event.target as HTMLInputElement).files?.[0] ?? null)}
    />
    ${view.status
      ? html`<p class="file-status" data-testid="file-status">
          ${view.status}
          ${view.value
            ? html`<button type="button" class="link" @click=${() => view.set('', true)}>${formText(locale, 'field.file.remove')}</button>`
            : nothing}
        </p>`
      : nothing}`;
}

/** "PDF, JPG" from a field's accepted MIME types. */
export function fileTypesText(accept: readonly string[] = []): string {
  const names: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/webp': 'WEBP' };
  return accept.map((type) => names[type] ?? type.split('/')[1]?.toUpperCase() ?? type).join(', ');
}
