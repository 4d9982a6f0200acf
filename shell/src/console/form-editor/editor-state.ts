import type { FieldCondition, FieldOption, FieldType, FormDefinition, FormField, FormSection, LocalizedText } from '@palapa/sdk';
import { suggestKey, uniqueKey } from './field-key';

/**
 * The form editor's state and every change an OPD team can make to it, as pure functions (draft in,
 * new draft out), so each rule is unit-tested without a browser. The draft is the definition plus
 * what only the editor needs: a stable `uid` per section and field (focus and rendering follow it
 * through moves) and whether the key is still suggested from the label (`autoKey`). Keys of fields
 * that came from a published version are never re-suggested: answers are stored under them.
 */
export interface DraftField extends FormField {
  uid: string;
  autoKey: boolean;
}

export interface DraftSection extends Omit<FormSection, 'fields'> {
  uid: string;
  autoKey: boolean;
  fields: DraftField[];
}

export interface EditorDraft {
  sections: DraftSection[];
  processingDays: number;
}

export type Locale = keyof LocalizedText;

let nextUid = 0;
const newUid = (prefix: string) => `${prefix}${++nextUid}`;

export const DEFAULT_PROCESSING_DAYS = 5;
/** What a new file field accepts until the team says otherwise: scans and photos of documents. */
export const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
export const DEFAULT_MAX_SIZE_KB = 2048;

const emptyText = (): LocalizedText => ({ id: '', en: '' });

export function draftFromDefinition(definition: FormDefinition, processingDays: number): EditorDraft {
  return {
    processingDays,
    sections: definition.sections.map((section) => ({
      ...section,
      uid: newUid('s'),
      autoKey: false,
      fields: section.fields.map((field) => ({ ...field, uid: newUid('f'), autoKey: false })),
    })),
  };
}

/** A new form: one section, no field yet. */
export function emptyDraft(): EditorDraft {
  return { processingDays: DEFAULT_PROCESSING_DAYS, sections: [newSection('data_pemohon', { id: 'Data pemohon', en: 'Applicant' })] };
}

function newSection(key: string, title: LocalizedText): DraftSection {
  return { uid: newUid('s'), autoKey: true, key, title, fields: [] };
}

/** The definition to validate and publish: editor-only properties and empty optional texts dropped. */
export function toDefinition(draft: EditorDraft): FormDefinition {
  return {
    spec: 1,
    sections: draft.sections.map(({ uid: _uid, autoKey: _auto, fields, description, ...section }) => ({
      ...section,
      ...(description && !isBlankText(description) ? { description } : {}),
      fields: fields.map(({ uid: _f, autoKey: _a, help, ...field }) => stripUndefined({ ...field, ...(help && !isBlankText(help) ? { help } : {}) })),
    })),
  };
}

const isBlankText = (text: LocalizedText) => text.id.trim() === '' && text.en.trim() === '';

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Every field in form order, with where it is. */
export function allFields(draft: EditorDraft): { field: DraftField; section: number; index: number }[] {
  return draft.sections.flatMap((section, s) => section.fields.map((field, index) => ({ field, section: s, index })));
}

export function findField(draft: EditorDraft, uid: string): DraftField | undefined {
  return allFields(draft).find((entry) => entry.field.uid === uid)?.field;
}

/** The choice fields before `uid` in the form: the only ones its visibility may depend on. */
export function conditionSources(draft: EditorDraft, uid: string): DraftField[] {
  const fields = allFields(draft).map((entry) => entry.field);
  const position = fields.findIndex((field) => field.uid === uid);
  return fields.slice(0, Math.max(position, 0)).filter((field) => hasOptions(field.type));
}

export const hasOptions = (type: FieldType) => type === 'choice' || type === 'multiChoice';

function mapFields(draft: EditorDraft, change: (field: DraftField) => DraftField): EditorDraft {
  return { ...draft, sections: draft.sections.map((section) => ({ ...section, fields: section.fields.map(change) })) };
}

function mapField(draft: EditorDraft, uid: string, change: (field: DraftField) => DraftField): EditorDraft {
  return mapFields(draft, (field) => (field.uid === uid ? change(field) : field));
}

function mapSection(draft: EditorDraft, uid: string, change: (section: DraftSection) => DraftSection): EditorDraft {
  return { ...draft, sections: draft.sections.map((section) => (section.uid === uid ? change(section) : section)) };
}

function fieldKeys(draft: EditorDraft, except?: string): Set<string> {
  return new Set(allFields(draft).flatMap(({ field }) => (field.uid === except ? [] : [field.key])));
}

// ---------------------------------------------------------------- sections

export function addSection(draft: EditorDraft): EditorDraft {
  const taken = new Set(draft.sections.map((section) => section.key));
  const key = uniqueKey(`bagian_${draft.sections.length + 1}`, taken);
  return { ...draft, sections: [...draft.sections, newSection(key, emptyText())] };
}

export function updateSection(draft: EditorDraft, uid: string, patch: Partial<Pick<DraftSection, 'title' | 'description' | 'key'>>): EditorDraft {
  return mapSection(draft, uid, (section) => {
    const next = { ...section, ...patch };
    if (patch.key !== undefined) next.autoKey = false;
    // A new section's key follows its Indonesian title until someone types a key.
    if (patch.title && section.autoKey && patch.key === undefined) {
      const taken = new Set(draft.sections.filter((other) => other.uid !== uid).map((other) => other.key));
      next.key = uniqueKey(suggestKey(patch.title.id), taken) || section.key;
    }
    return next;
  });
}

/** Removes a section and its fields; conditions on those fields are cleared (see removeField). */
export function removeSection(draft: EditorDraft, uid: string): EditorDraft {
  const section = draft.sections.find((candidate) => candidate.uid === uid);
  if (!section) return draft;
  const removed = new Set(section.fields.map((field) => field.key));
  return clearConditionsOn({ ...draft, sections: draft.sections.filter((candidate) => candidate.uid !== uid) }, removed);
}

export function moveSection(draft: EditorDraft, uid: string, delta: -1 | 1): EditorDraft {
  const from = draft.sections.findIndex((section) => section.uid === uid);
  return { ...draft, sections: moveItem(draft.sections, from, from + delta) };
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

// ---------------------------------------------------------------- fields

/** Adds a field of `type` at the end of a section, with the settings that type needs to be valid. */
export function addField(draft: EditorDraft, sectionUid: string, type: FieldType): { draft: EditorDraft; uid: string } {
  const field: DraftField = { uid: newUid('f'), autoKey: true, key: '', type, label: emptyText(), required: false, ...settingsFor(type) };
  return { draft: mapSection(draft, sectionUid, (section) => ({ ...section, fields: [...section.fields, field] })), uid: field.uid };
}

function settingsFor(type: FieldType): Partial<FormField> {
  if (hasOptions(type)) return { options: [{ value: '', label: emptyText() }] };
  if (type === 'file') return { accept: [...DEFAULT_ACCEPT], maxSizeKb: DEFAULT_MAX_SIZE_KB };
  return {};
}

export type FieldPatch = Partial<Pick<FormField, 'label' | 'help' | 'required' | 'maxLength' | 'min' | 'max' | 'accept' | 'maxSizeKb'>>;

/** Changes a field's settings. While its key is suggested, the Indonesian label renames it. */
export function updateField(draft: EditorDraft, uid: string, patch: FieldPatch): EditorDraft {
  const current = findField(draft, uid);
  if (!current) return draft;
  let next = mapField(draft, uid, (field) => ({ ...field, ...patch }));
  if (patch.label && current.autoKey) {
    const key = uniqueKey(suggestKey(patch.label.id), fieldKeys(draft, uid));
    next = renameFieldKey(next, uid, key, true);
  }
  return next;
}

/** Sets the key by hand (no more suggestions); conditions that pointed at the old key follow it. */
export function setFieldKey(draft: EditorDraft, uid: string, key: string): EditorDraft {
  return renameFieldKey(draft, uid, key.trim(), false);
}

function renameFieldKey(draft: EditorDraft, uid: string, key: string, autoKey: boolean): EditorDraft {
  const old = findField(draft, uid)?.key;
  return mapFields(draft, (field) => {
    if (field.uid === uid) return { ...field, key, autoKey };
    if (old && field.visibleWhen?.field === old) return { ...field, visibleWhen: { ...field.visibleWhen, field: key } };
    return field;
  });
}

/**
 * Changes a field's type, dropping the settings the new type cannot have (the schema refuses them)
 * and giving it those it needs. A field that stops offering options stops being a condition source.
 */
export function setFieldType(draft: EditorDraft, uid: string, type: FieldType): EditorDraft {
  const current = findField(draft, uid);
  if (!current || current.type === type) return draft;
  let next = mapField(draft, uid, (field) => {
    const kept: DraftField = { uid: field.uid, autoKey: field.autoKey, key: field.key, type, label: field.label, required: field.required };
    if (field.help) kept.help = field.help;
    if (field.visibleWhen) kept.visibleWhen = field.visibleWhen;
    const bothText = (type === 'text' || type === 'longText') && (field.type === 'text' || field.type === 'longText');
    if (bothText && field.maxLength !== undefined) kept.maxLength = field.maxLength;
    const options = hasOptions(type) && field.options ? { options: field.options } : settingsFor(type);
    return { ...kept, ...options };
  });
  if (!hasOptions(type)) next = clearConditionsOn(next, new Set([current.key]));
  return next;
}

/**
 * Moves a field one place up or down; past the edge of its section it goes to the end of the
 * previous section or the start of the next. (A condition that now points later is shown as a
 * problem by the schema check, rather than silently removed.)
 */
export function moveField(draft: EditorDraft, uid: string, delta: -1 | 1): EditorDraft {
  const entry = allFields(draft).find(({ field }) => field.uid === uid);
  if (!entry) return draft;
  const section = draft.sections[entry.section] as DraftSection;
  const target = entry.index + delta;
  if (target >= 0 && target < section.fields.length) {
    return mapSection(draft, section.uid, (s) => ({ ...s, fields: moveItem(s.fields, entry.index, target) }));
  }
  const neighbour = draft.sections[entry.section + delta];
  if (!neighbour) return draft;
  const sections = draft.sections.map((s) => {
    if (s.uid === section.uid) return { ...s, fields: s.fields.filter((field) => field.uid !== uid) };
    if (s.uid === neighbour.uid) return { ...s, fields: delta < 0 ? [...s.fields, entry.field] : [entry.field, ...s.fields] };
    return s;
  });
  return { ...draft, sections };
}

/** Removes a field; any field whose visibility depended on it loses that condition. */
export function removeField(draft: EditorDraft, uid: string): EditorDraft {
  const field = findField(draft, uid);
  if (!field) return draft;
  const without = { ...draft, sections: draft.sections.map((section) => ({ ...section, fields: section.fields.filter((f) => f.uid !== uid) })) };
  return clearConditionsOn(without, new Set([field.key]));
}

function clearConditionsOn(draft: EditorDraft, keys: ReadonlySet<string>): EditorDraft {
  // A blank key names no field: nothing can depend on it (and a blank condition is still being set up).
  return mapFields(draft, (field) => (field.visibleWhen && field.visibleWhen.field && keys.has(field.visibleWhen.field) ? withoutCondition(field) : field));
}

function withoutCondition(field: DraftField): DraftField {
  const { visibleWhen: _dropped, ...rest } = field;
  return rest;
}

// ---------------------------------------------------------------- options

export function addOption(draft: EditorDraft, uid: string): EditorDraft {
  return mapField(draft, uid, (field) => ({ ...field, options: [...(field.options ?? []), { value: '', label: emptyText() }] }));
}

/**
 * Changes one option. Its value follows the Indonesian label while it is blank or still the
 * suggestion; conditions that listed the old value follow a renamed value.
 */
export function updateOption(draft: EditorDraft, uid: string, index: number, patch: Partial<FieldOption>): EditorDraft {
  const field = findField(draft, uid);
  const option = field?.options?.[index];
  if (!field || !option) return draft;
  const next: FieldOption = { ...option, ...patch };
  if (patch.label && patch.value === undefined && (option.value === '' || option.value === suggestKey(option.label.id))) {
    const taken = new Set(field.options?.filter((_, i) => i !== index).map((o) => o.value));
    next.value = uniqueKey(suggestKey(patch.label.id), taken);
  }
  const options = (field.options ?? []).map((o, i) => (i === index ? next : o));
  return renameConditionValue(
    mapField(draft, uid, (f) => ({ ...f, options })),
    field.key,
    option.value,
    next.value,
  );
}

function renameConditionValue(draft: EditorDraft, sourceKey: string, from: string, to: string): EditorDraft {
  if (from === to || from === '') return draft;
  return mapFields(draft, (field) =>
    field.visibleWhen?.field === sourceKey && field.visibleWhen.anyOf.includes(from)
      ? { ...field, visibleWhen: { ...field.visibleWhen, anyOf: field.visibleWhen.anyOf.map((value) => (value === from ? to : value)) } }
      : field,
  );
}

/** Removes an option; conditions stop listing its value (one left with none is shown as a problem). */
export function removeOption(draft: EditorDraft, uid: string, index: number): EditorDraft {
  const field = findField(draft, uid);
  const option = field?.options?.[index];
  if (!field || !option) return draft;
  const next = mapField(draft, uid, (f) => ({ ...f, options: (f.options ?? []).filter((_, i) => i !== index) }));
  return mapFields(next, (f) =>
    f.visibleWhen?.field === field.key ? { ...f, visibleWhen: { ...f.visibleWhen, anyOf: f.visibleWhen.anyOf.filter((value) => value !== option.value) } } : f,
  );
}

export function moveOption(draft: EditorDraft, uid: string, index: number, delta: -1 | 1): EditorDraft {
  return mapField(draft, uid, (field) => ({ ...field, options: moveItem(field.options ?? [], index, index + delta) }));
}

// ---------------------------------------------------------------- conditions

/** Shows the field only when `sourceKey` is answered with one of `anyOf`; null shows it always. */
export function setCondition(draft: EditorDraft, uid: string, condition: FieldCondition | null): EditorDraft {
  return mapField(draft, uid, (field) => (condition ? { ...field, visibleWhen: { field: condition.field, anyOf: [...condition.anyOf] } } : withoutCondition(field)));
}

/** Adds or removes one option value of the field's condition. */
export function toggleConditionValue(draft: EditorDraft, uid: string, value: string, on: boolean): EditorDraft {
  return mapField(draft, uid, (field) => {
    if (!field.visibleWhen) return field;
    const anyOf = field.visibleWhen.anyOf.filter((v) => v !== value);
    return { ...field, visibleWhen: { ...field.visibleWhen, anyOf: on ? [...anyOf, value] : anyOf } };
  });
}

export function setProcessingDays(draft: EditorDraft, days: number): EditorDraft {
  return { ...draft, processingDays: days };
}
