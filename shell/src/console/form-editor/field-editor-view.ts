import { FIELD_TYPES, pick, type FieldType } from '@palapa/sdk';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { localeStore } from '../../i18n/locale';
import { ct } from '../console-i18n';
import type { ConsoleStringKey } from '../console-strings';
import { otherProblems, problemsAt } from './definition-problems';
import { renderNumberInput, renderProblems, renderTextInput, type EditorContext } from './editor-inputs';
import {
  addOption,
  conditionSources,
  findField,
  hasOptions,
  moveField,
  moveOption,
  removeField,
  removeOption,
  setCondition,
  setFieldKey,
  setFieldType,
  toggleConditionValue,
  updateField,
  updateOption,
  type DraftField,
} from './editor-state';

/** The file types an OPD team can tick; the schema accepts any MIME type, these cover documents and photos. */
const FILE_TYPES = [
  { mime: 'application/pdf', label: 'PDF' },
  { mime: 'image/jpeg', label: 'JPEG' },
  { mime: 'image/png', label: 'PNG' },
  { mime: 'image/webp', label: 'WebP' },
];

// Selects bind both ?selected (first render, before the options exist) and .value (later renders,
// where a touched select ignores its options' selected attribute).

/** The paths under a field that an input of this card shows; any other problem goes at the top of the card. */
const SHOWN_PATHS = ['key', 'type', 'label.id', 'label.en', 'help.id', 'help.en', 'maxLength', 'min', 'max', 'accept', 'maxSizeKb', 'options', 'visibleWhen.field', 'visibleWhen.anyOf'];

export const fieldTypeLabel = (type: FieldType) => ct(`fieldType.${type}` as ConsoleStringKey);

/** One field's card: its settings, its limits, its options, when it shows, and moving or removing it. */
export function renderFieldEditor(ctx: EditorContext, field: DraftField, path: string, position: { number: number; first: boolean; last: boolean; sectionUid: string }) {
  const shows = ctx.showsProblems(field.uid);
  const at = (sub: string) => (shows ? problemsAt(ctx.problems, `${path}.${sub}`) : []);
  const id = (part: string) => `${field.uid}-${part}`;
  const name = field.label.id.trim() || ct('formEditor.untitled');
  const update = (patch: Parameters<typeof updateField>[2]) => ctx.apply((draft) => updateField(draft, field.uid, patch));
  const elsewhere = shows ? otherProblems(ctx.problems, path, [...SHOWN_PATHS, ...(field.options ?? []).flatMap((_, i) => [`options.${i}.value`, `options.${i}.label.id`, `options.${i}.label.en`])]) : [];

  return html`<fieldset class="field-card" data-testid="field-editor" data-key=${field.key} data-uid=${field.uid}>
    <legend>${ct('formEditor.field', { n: position.number, label: name })}</legend>
    ${renderProblems(id('problems'), elsewhere)}
    <div class="grid">
      <div>
        <label for=${id('type')}>${ct('formEditor.type')}</label>
        <select id=${id('type')} .value=${live(field.type)} @change=${(event: Event) => ctx.apply((draft) => setFieldType(draft, field.uid, (event.target as HTMLSelectElement).value as FieldType))}>
          ${FIELD_TYPES.map((type) => html`<option value=${type} ?selected=${type === field.type}>${fieldTypeLabel(type)}</option>`)}
        </select>
      </div>
      <div class="check">
        <input type="checkbox" id=${id('required')} .checked=${field.required} @change=${(event: Event) => update({ required: (event.target as HTMLInputElement).checked })} />
        <label for=${id('required')}>${ct('formEditor.required')}</label>
      </div>
    </div>
    <div class="grid">
      <div>
        ${renderTextInput({ id: id('label-id'), label: ct('formEditor.labelId'), value: field.label.id, problems: at('label.id'), onInput: (value) => update({ label: { ...field.label, id: value } }) })}
      </div>
      <div>
        ${renderTextInput({ id: id('label-en'), label: ct('formEditor.labelEn'), value: field.label.en, problems: at('label.en'), onInput: (value) => update({ label: { ...field.label, en: value } }) })}
      </div>
    </div>
    ${renderTextInput({
      id: id('key'),
      label: ct('formEditor.key'),
      value: field.key,
      code: true,
      hint: ct('formEditor.keyHint'),
      problems: at('key'),
      onInput: (value) => ctx.apply((draft) => setFieldKey(draft, field.uid, value)),
    })}
    <div class="grid">
      <div>
        ${renderTextInput({
          id: id('help-id'),
          label: ct('formEditor.helpId'),
          value: field.help?.id ?? '',
          problems: at('help.id'),
          multiline: true,
          onInput: (value) => update({ help: { id: value, en: field.help?.en ?? '' } }),
        })}
      </div>
      <div>
        ${renderTextInput({
          id: id('help-en'),
          label: ct('formEditor.helpEn'),
          value: field.help?.en ?? '',
          problems: at('help.en'),
          multiline: true,
          onInput: (value) => update({ help: { id: field.help?.id ?? '', en: value } }),
        })}
      </div>
    </div>
    ${renderLimits(ctx, field, at, id)} ${hasOptions(field.type) ? renderOptions(ctx, field, path, shows) : nothing} ${renderCondition(ctx, field, at, id)}
    <div class="actions">
      <button type="button" class="secondary" data-focus=${`up-${field.uid}`} ?disabled=${position.first} @click=${() => ctx.apply((d) => moveField(d, field.uid, -1), `up-${field.uid}`)}>
        ${ct('formEditor.fieldUp', { label: name })}
      </button>
      <button type="button" class="secondary" data-focus=${`down-${field.uid}`} ?disabled=${position.last} @click=${() => ctx.apply((d) => moveField(d, field.uid, 1), `down-${field.uid}`)}>
        ${ct('formEditor.fieldDown', { label: name })}
      </button>
      <button type="button" class="secondary danger-text" @click=${() => ctx.apply((d) => removeField(d, field.uid), `new-type-${position.sectionUid}`)}>${ct('formEditor.fieldRemove', { label: name })}</button>
    </div>
  </fieldset>`;
}

type At = (sub: string) => string[];

function renderLimits(ctx: EditorContext, field: DraftField, at: At, id: (part: string) => string) {
  const update = (patch: Parameters<typeof updateField>[2]) => ctx.apply((draft) => updateField(draft, field.uid, patch));
  switch (field.type) {
    case 'text':
    case 'longText':
      return renderNumberInput({ id: id('max-length'), label: ct('formEditor.maxLength'), value: field.maxLength, min: 1, max: 10_000, problems: at('maxLength'), onInput: (maxLength) => update({ maxLength }) });
    case 'number':
      return html`<div class="grid">
        <div>${renderNumberInput({ id: id('min'), label: ct('formEditor.min'), value: field.min, step: 'any', problems: at('min'), onInput: (min) => update({ min }) })}</div>
        <div>${renderNumberInput({ id: id('max'), label: ct('formEditor.max'), value: field.max, step: 'any', problems: at('max'), onInput: (max) => update({ max }) })}</div>
      </div>`;
    case 'file': {
      const accept = field.accept ?? [];
      // Types set elsewhere (an older definition, the API) stay visible and can be unticked.
      const choices = [...FILE_TYPES, ...accept.filter((mime) => !FILE_TYPES.some((type) => type.mime === mime)).map((mime) => ({ mime, label: mime }))];
      const toggle = (mime: string, on: boolean) => update({ accept: on ? [...accept.filter((m) => m !== mime), mime] : accept.filter((m) => m !== mime) });
      const problems = at('accept');
      return html`<fieldset class="inline" aria-describedby=${problems.length ? id('accept-problem') : nothing}>
          <legend>${ct('formEditor.accept')}</legend>
          ${choices.map(
            (choice) => html`<span class="check">
              <input type="checkbox" id=${id(`accept-${choice.mime}`)} .checked=${accept.includes(choice.mime)} @change=${(event: Event) => toggle(choice.mime, (event.target as HTMLInputElement).checked)} />
              <label for=${id(`accept-${choice.mime}`)}>${choice.label}</label>
            </span>`,
          )}
          ${renderProblems(id('accept-problem'), problems)}
        </fieldset>
        ${renderNumberInput({ id: id('max-size'), label: ct('formEditor.maxSizeKb'), value: field.maxSizeKb, min: 1, max: 10_240, problems: at('maxSizeKb'), onInput: (maxSizeKb) => update({ maxSizeKb }) })}`;
    }
    default:
      return nothing;
  }
}

function renderOptions(ctx: EditorContext, field: DraftField, path: string, shows: boolean) {
  const options = field.options ?? [];
  const at = (sub: string) => (shows ? problemsAt(ctx.problems, `${path}.${sub}`) : []);
  const id = (part: string) => `${field.uid}-${part}`;
  return html`<fieldset class="options" data-testid="field-options">
    <legend>${ct('formEditor.options')}</legend>
    ${renderProblems(id('options-problem'), at('options'))}
    <ol>
      ${options.map(
        (option, i) => html`<li>
          <div class="grid">
            <div>
              ${renderTextInput({
                id: id(`option-${i}-id`),
                label: ct('formEditor.optionLabelId', { n: i + 1 }),
                value: option.label.id,
                problems: at(`options.${i}.label.id`),
                onInput: (value) => ctx.apply((draft) => updateOption(draft, field.uid, i, { label: { ...option.label, id: value } })),
              })}
            </div>
            <div>
              ${renderTextInput({
                id: id(`option-${i}-en`),
                label: ct('formEditor.optionLabelEn', { n: i + 1 }),
                value: option.label.en,
                problems: at(`options.${i}.label.en`),
                onInput: (value) => ctx.apply((draft) => updateOption(draft, field.uid, i, { label: { ...option.label, en: value } })),
              })}
            </div>
            <div>
              ${renderTextInput({
                id: id(`option-${i}-value`),
                label: ct('formEditor.optionValue', { n: i + 1 }),
                value: option.value,
                code: true,
                problems: at(`options.${i}.value`),
                onInput: (value) => ctx.apply((draft) => updateOption(draft, field.uid, i, { value: value.trim() })),
              })}
            </div>
          </div>
          <div class="actions">
            <button type="button" class="secondary small" data-focus=${`${field.uid}-option-up-${i}`} ?disabled=${i === 0} @click=${() => ctx.apply((d) => moveOption(d, field.uid, i, -1), `${field.uid}-option-up-${i - 1}`)}>
              ${ct('formEditor.optionUp', { n: i + 1 })}
            </button>
            <button type="button" class="secondary small" data-focus=${`${field.uid}-option-down-${i}`} ?disabled=${i === options.length - 1} @click=${() => ctx.apply((d) => moveOption(d, field.uid, i, 1), `${field.uid}-option-down-${i + 1}`)}>
              ${ct('formEditor.optionDown', { n: i + 1 })}
            </button>
            <button type="button" class="secondary small danger-text" @click=${() => ctx.apply((d) => removeOption(d, field.uid, i), `${field.uid}-add-option`)}>${ct('formEditor.optionRemove', { n: i + 1 })}</button>
          </div>
        </li>`,
      )}
    </ol>
    <button type="button" class="secondary" data-focus=${`${field.uid}-add-option`} @click=${() => ctx.apply((d) => addOption(d, field.uid), `${field.uid}-option-${options.length}-id`)}>${ct('formEditor.addOption')}</button>
  </fieldset>`;
}

function renderCondition(ctx: EditorContext, field: DraftField, at: At, id: (part: string) => string) {
  const sources = conditionSources(ctx.draft, field.uid);
  const condition = field.visibleWhen;
  // A condition on a field that is no longer above (it was moved) stays selectable, and the schema's problem says why.
  const current = condition ? findField(ctx.draft, fieldUidByKey(ctx, condition.field) ?? '') : undefined;
  const listed = current && !sources.includes(current) ? [...sources, current] : sources;
  if (listed.length === 0 && !condition) return html`<p class="hint">${ct('formEditor.condition')}: ${ct('formEditor.conditionNone')}</p>`;
  const source = listed.find((candidate) => candidate.key === condition?.field);
  const problems = [...at('visibleWhen.field'), ...at('visibleWhen')];
  const valueProblems = at('visibleWhen.anyOf');
  return html`<div class="condition">
    <label for=${id('condition')}>${ct('formEditor.condition')}</label>
    <select
      id=${id('condition')}
      .value=${live(condition?.field ?? '')}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${problems.length ? id('condition-problem') : nothing}
      @change=${(event: Event) => {
        const key = (event.target as HTMLSelectElement).value;
        ctx.apply((draft) => setCondition(draft, field.uid, key ? { field: key, anyOf: [] } : null));
      }}
    >
      <option value="" ?selected=${!condition}>${ct('formEditor.conditionAlways')}</option>
      ${listed.map(
        (candidate) => html`<option value=${candidate.key} ?selected=${candidate.key === condition?.field}>
          ${ct('formEditor.conditionOn', { label: pick(candidate.label, localeStore.locale) || candidate.key })}
        </option>`,
      )}
    </select>
    ${renderProblems(id('condition-problem'), problems)}
    ${condition && source
      ? html`<fieldset class="inline" aria-describedby=${valueProblems.length ? id('condition-values-problem') : nothing}>
          <legend>${ct('formEditor.conditionValues')}</legend>
          ${(source.options ?? []).map((option, i) => {
            const box = id(`when-${i}`);
            return html`<span class="check">
              <input
                type="checkbox"
                id=${box}
                .checked=${condition.anyOf.includes(option.value)}
                ?disabled=${option.value === ''}
                @change=${(event: Event) => ctx.apply((draft) => toggleConditionValue(draft, field.uid, option.value, (event.target as HTMLInputElement).checked))}
              />
              <label for=${box}>${pick(option.label, localeStore.locale) || option.value || '—'}</label>
            </span>`;
          })}
          ${renderProblems(id('condition-values-problem'), valueProblems)}
        </fieldset>`
      : nothing}
  </div>`;
}

function fieldUidByKey(ctx: EditorContext, key: string): string | undefined {
  for (const section of ctx.draft.sections) {
    const found = section.fields.find((field) => field.key === key);
    if (found) return found.uid;
  }
  return undefined;
}
