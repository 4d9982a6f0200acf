import { FIELD_TYPES, type FieldType } from '@palapa/sdk';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ct } from '../console-i18n';
import { problemsAt } from './definition-problems';
import { renderProblems, renderTextInput, type EditorContext } from './editor-inputs';
import { addField, allFields, moveSection, removeSection, updateSection, type DraftSection } from './editor-state';
import { fieldTypeLabel, renderFieldEditor } from './field-editor-view';

const SECTION_PATHS = ['key', 'title.id', 'title.en', 'description.id', 'description.en', 'fields'];

/** One section: its title and key, its fields in order, adding a field, and moving or removing the section. */
export function renderSectionEditor(ctx: EditorContext, section: DraftSection, index: number) {
  const path = `sections.${index}`;
  const shows = ctx.showsProblems(section.uid);
  const at = (sub: string) => (shows ? problemsAt(ctx.problems, `${path}.${sub}`) : []);
  const id = (part: string) => `${section.uid}-${part}`;
  const n = index + 1;
  const count = ctx.draft.sections.length;
  const order = allFields(ctx.draft);
  const update = (patch: Parameters<typeof updateSection>[2]) => ctx.apply((draft) => updateSection(draft, section.uid, patch));
  const fieldsProblems = problemsAt(ctx.problems, `${path}.fields`);
  // Problems of the section itself that no input shows (field problems are on the field cards).
  const claimed = new Set(SECTION_PATHS.map((sub) => `${path}.${sub}`));
  const ownElsewhere = shows
    ? [...ctx.problems].flatMap(([key, messages]) => (key === path || (key.startsWith(`${path}.`) && !key.startsWith(`${path}.fields.`) && !claimed.has(key)) ? messages : []))
    : [];

  return html`<section class="section-card" aria-labelledby=${id('heading')} data-testid="section-editor" data-key=${section.key}>
    <h3 id=${id('heading')}>${ct('formEditor.section', { n })}${section.title.id ? html`: ${section.title.id}` : ''}</h3>
    ${renderProblems(id('problems'), ownElsewhere)}
    <div class="grid">
      <div>
        ${renderTextInput({ id: id('title-id'), label: ct('formEditor.sectionTitleId'), value: section.title.id, problems: at('title.id'), onInput: (value) => update({ title: { ...section.title, id: value } }) })}
      </div>
      <div>
        ${renderTextInput({ id: id('title-en'), label: ct('formEditor.sectionTitleEn'), value: section.title.en, problems: at('title.en'), onInput: (value) => update({ title: { ...section.title, en: value } }) })}
      </div>
      <div>
        ${renderTextInput({
          id: id('description-id'),
          label: ct('formEditor.sectionDescriptionId'),
          value: section.description?.id ?? '',
          problems: at('description.id'),
          multiline: true,
          onInput: (value) => update({ description: { id: value, en: section.description?.en ?? '' } }),
        })}
      </div>
      <div>
        ${renderTextInput({
          id: id('description-en'),
          label: ct('formEditor.sectionDescriptionEn'),
          value: section.description?.en ?? '',
          problems: at('description.en'),
          multiline: true,
          onInput: (value) => update({ description: { id: section.description?.id ?? '', en: value } }),
        })}
      </div>
      <div>${renderTextInput({ id: id('key'), label: ct('formEditor.sectionKey'), value: section.key, code: true, problems: at('key'), onInput: (value) => update({ key: value.trim() }) })}</div>
    </div>
    <div class="fields">
      ${repeat(
        section.fields,
        (field) => field.uid,
        (field, f) => {
          const position = order.findIndex((entry) => entry.field.uid === field.uid);
          return renderFieldEditor(ctx, field, `${path}.fields.${f}`, { number: f + 1, first: position === 0, last: position === order.length - 1, sectionUid: section.uid });
        },
      )}
    </div>
    ${renderProblems(id('fields-problem'), fieldsProblems)}
    <div class="add-field">
      <div>
        <label for=${id('new-type')}>${ct('formEditor.newFieldType', { n })}</label>
        <select id=${id('new-type')} data-focus=${`new-type-${section.uid}`}>
          ${FIELD_TYPES.map((type) => html`<option value=${type}>${fieldTypeLabel(type)}</option>`)}
        </select>
      </div>
      <button
        type="button"
        data-testid="add-field"
        @click=${(event: Event) => {
          const select = (event.target as HTMLElement).closest('.add-field')?.querySelector('select');
          const type = (select?.value ?? 'text') as FieldType;
          let added = '';
          ctx.apply(
            (draft) => {
              const result = addField(draft, section.uid, type);
              added = result.uid;
              return result.draft;
            },
            () => `${added}-label-id`,
          );
        }}
      >
        ${ct('formEditor.addField')}
      </button>
    </div>
    <div class="actions">
      <button type="button" class="secondary" data-focus=${`section-up-${section.uid}`} ?disabled=${index === 0} @click=${() => ctx.apply((d) => moveSection(d, section.uid, -1), `section-up-${section.uid}`)}>
        ${ct('formEditor.sectionUp', { n })}
      </button>
      <button type="button" class="secondary" data-focus=${`section-down-${section.uid}`} ?disabled=${index === count - 1} @click=${() => ctx.apply((d) => moveSection(d, section.uid, 1), `section-down-${section.uid}`)}>
        ${ct('formEditor.sectionDown', { n })}
      </button>
      <button type="button" class="secondary danger-text" ?disabled=${count === 1} @click=${() => ctx.apply((d) => removeSection(d, section.uid), 'add-section')}>${ct('formEditor.sectionRemove', { n })}</button>
    </div>
  </section>`;
}
