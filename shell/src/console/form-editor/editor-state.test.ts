import type { FormDefinition } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import {
  addField,
  addOption,
  addSection,
  allFields,
  conditionSources,
  draftFromDefinition,
  emptyDraft,
  findField,
  moveField,
  moveOption,
  moveSection,
  removeField,
  removeOption,
  removeSection,
  setCondition,
  setFieldKey,
  setFieldType,
  toDefinition,
  toggleConditionValue,
  updateField,
  updateOption,
  updateSection,
  type EditorDraft,
} from './editor-state';
import { suggestKey, uniqueKey } from './field-key';

const PUBLISHED: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'laporan',
      title: { id: 'Laporan', en: 'Report' },
      fields: [
        {
          key: 'jenis',
          type: 'choice',
          label: { id: 'Jenis', en: 'Kind' },
          required: true,
          options: [
            { value: 'jalan', label: { id: 'Jalan rusak', en: 'Damaged road' } },
            { value: 'lampu', label: { id: 'Lampu mati', en: 'Street light out' } },
          ],
        },
        { key: 'foto_jalan', type: 'file', label: { id: 'Foto jalan', en: 'Road photo' }, required: false, visibleWhen: { field: 'jenis', anyOf: ['jalan'] }, accept: ['image/jpeg'], maxSizeKb: 1024 },
        { key: 'catatan', type: 'longText', label: { id: 'Catatan', en: 'Notes' }, required: false },
      ],
    },
  ],
};

const uidOf = (draft: EditorDraft, key: string) => allFields(draft).find(({ field }) => field.key === key)?.field.uid ?? '';
const keys = (draft: EditorDraft) => draft.sections.map((section) => section.fields.map((field) => field.key));

describe('field keys', () => {
  it('suggests a key from the Indonesian label', () => {
    expect(suggestKey('Nama lengkap')).toBe('nama_lengkap');
    expect(suggestKey('  Nomor HP / WhatsApp! ')).toBe('nomor_hp_whatsapp');
    expect(suggestKey('Alamat (sesuai KTP-el)')).toBe('alamat_sesuai_ktp_el');
    expect(suggestKey('Café')).toBe('cafe');
    expect(suggestKey('2 foto')).toBe('isian_2_foto');
    expect(suggestKey('???')).toBe('');
    expect(suggestKey('a'.repeat(60))).toHaveLength(40);
  });

  it('makes a key unique without passing 40 characters', () => {
    expect(uniqueKey('nama', new Set(['nama', 'nama_2']))).toBe('nama_3');
    expect(uniqueKey('x'.repeat(40), new Set(['x'.repeat(40)]))).toBe(`${'x'.repeat(38)}_2`);
  });
});

describe('the form editor state', () => {
  it('round-trips a published definition unchanged', () => {
    expect(toDefinition(draftFromDefinition(PUBLISHED, 3))).toEqual(PUBLISHED);
  });

  it('adds a field whose key follows its Indonesian label, unique in the form', () => {
    let draft = emptyDraft();
    const section = draft.sections[0]!.uid;
    const first = addField(draft, section, 'text');
    draft = updateField(first.draft, first.uid, { label: { id: 'Nama lengkap', en: '' } });
    const second = addField(draft, section, 'text');
    draft = updateField(second.draft, second.uid, { label: { id: 'Nama Lengkap', en: 'Full name' } });
    expect(keys(draft)).toEqual([['nama_lengkap', 'nama_lengkap_2']]);
    // Once typed by hand, the key stays.
    draft = setFieldKey(draft, second.uid, 'nama_ibu');
    draft = updateField(draft, second.uid, { label: { id: 'Nama ibu kandung', en: '' } });
    expect(findField(draft, second.uid)?.key).toBe('nama_ibu');
  });

  it('never renames the key of a field that came from a published version', () => {
    const draft = draftFromDefinition(PUBLISHED, 3);
    const next = updateField(draft, uidOf(draft, 'catatan'), { label: { id: 'Keterangan tambahan', en: '' } });
    expect(keys(next)).toEqual([['jenis', 'foto_jalan', 'catatan']]);
  });

  it('gives each new field type what it needs to be valid', () => {
    const draft = emptyDraft();
    const section = draft.sections[0]!.uid;
    const choice = addField(draft, section, 'choice');
    expect(findField(choice.draft, choice.uid)?.options).toHaveLength(1);
    const file = addField(draft, section, 'file');
    expect(findField(file.draft, file.uid)).toMatchObject({ accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeKb: 2048 });
  });

  it('changing a type drops settings the new type cannot have, and clears conditions on a former choice', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    draft = setFieldType(draft, uidOf(draft, 'foto_jalan'), 'text');
    expect(findField(draft, uidOf(draft, 'foto_jalan'))).not.toHaveProperty('accept');
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen).toEqual({ field: 'jenis', anyOf: ['jalan'] });
    draft = setFieldType(draft, uidOf(draft, 'jenis'), 'text');
    expect(findField(draft, uidOf(draft, 'jenis'))).not.toHaveProperty('options');
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen).toBeUndefined();
  });

  it('keeps the options when a choice becomes a multiple choice', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    draft = setFieldType(draft, uidOf(draft, 'jenis'), 'multiChoice');
    expect(findField(draft, uidOf(draft, 'jenis'))?.options).toHaveLength(2);
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen?.field).toBe('jenis');
  });

  it('moves fields up and down, across section edges, and sections too', () => {
    let draft = addSection(draftFromDefinition(PUBLISHED, 3));
    draft = moveField(draft, uidOf(draft, 'catatan'), -1);
    expect(keys(draft)).toEqual([['jenis', 'catatan', 'foto_jalan'], []]);
    draft = moveField(draft, uidOf(draft, 'jenis'), -1); // already first: nothing happens
    expect(keys(draft)).toEqual([['jenis', 'catatan', 'foto_jalan'], []]);
    draft = moveField(draft, uidOf(draft, 'foto_jalan'), 1); // past the end: first of the next section
    expect(keys(draft)).toEqual([['jenis', 'catatan'], ['foto_jalan']]);
    draft = moveField(draft, uidOf(draft, 'foto_jalan'), -1); // back: last of the previous section
    expect(keys(draft)).toEqual([['jenis', 'catatan', 'foto_jalan'], []]);
    draft = moveSection(draft, draft.sections[1]!.uid, -1);
    expect(keys(draft)).toEqual([[], ['jenis', 'catatan', 'foto_jalan']]);
  });

  it('removing a field that a condition refers to also clears that condition', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    draft = removeField(draft, uidOf(draft, 'jenis'));
    expect(keys(draft)).toEqual([['foto_jalan', 'catatan']]);
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen).toBeUndefined();
  });

  it('removing a section clears conditions on its fields elsewhere', () => {
    let draft = addSection(draftFromDefinition(PUBLISHED, 3));
    draft = moveField(draft, uidOf(draft, 'catatan'), 1);
    draft = setCondition(draft, uidOf(draft, 'catatan'), { field: 'jenis', anyOf: ['lampu'] });
    draft = removeSection(draft, draft.sections[0]!.uid);
    expect(keys(draft)).toEqual([['catatan']]);
    expect(findField(draft, uidOf(draft, 'catatan'))?.visibleWhen).toBeUndefined();
  });

  it('a hand-typed key carries the conditions that point at it', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    draft = setFieldKey(draft, uidOf(draft, 'jenis'), 'jenis_laporan');
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen).toEqual({ field: 'jenis_laporan', anyOf: ['jalan'] });
  });

  it('suggests option values from their labels and keeps conditions in step with them', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    const jenis = uidOf(draft, 'jenis');
    draft = addOption(draft, jenis);
    draft = updateOption(draft, jenis, 2, { label: { id: 'Pohon tumbang', en: 'Fallen tree' } });
    expect(findField(draft, jenis)?.options?.[2]?.value).toBe('pohon_tumbang');
    // Renaming a value by hand renames it in the conditions that list it.
    draft = updateOption(draft, jenis, 0, { value: 'jalan_rusak' });
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen?.anyOf).toEqual(['jalan_rusak']);
    // Removing an option takes it out of those conditions.
    draft = removeOption(draft, jenis, 0);
    expect(findField(draft, uidOf(draft, 'foto_jalan'))?.visibleWhen?.anyOf).toEqual([]);
    draft = moveOption(draft, jenis, 1, -1);
    expect(findField(draft, jenis)?.options?.map((o) => o.value)).toEqual(['pohon_tumbang', 'lampu']);
  });

  it('offers only earlier choice fields as condition sources, and toggles the values', () => {
    let draft = draftFromDefinition(PUBLISHED, 3);
    expect(conditionSources(draft, uidOf(draft, 'catatan')).map((field) => field.key)).toEqual(['jenis']);
    expect(conditionSources(draft, uidOf(draft, 'jenis'))).toEqual([]);
    const catatan = uidOf(draft, 'catatan');
    draft = setCondition(draft, catatan, { field: 'jenis', anyOf: [] });
    draft = toggleConditionValue(draft, catatan, 'lampu', true);
    draft = toggleConditionValue(draft, catatan, 'jalan', true);
    draft = toggleConditionValue(draft, catatan, 'lampu', false);
    expect(findField(draft, catatan)?.visibleWhen).toEqual({ field: 'jenis', anyOf: ['jalan'] });
    draft = setCondition(draft, catatan, null);
    expect(findField(draft, catatan)).not.toHaveProperty('visibleWhen');
  });

  it('a new section takes its key from its title, and blank descriptions and help are left out', () => {
    let draft = addSection(emptyDraft());
    draft = updateSection(draft, draft.sections[1]!.uid, { title: { id: 'Lokasi kejadian', en: '' }, description: { id: '', en: '' } });
    expect(draft.sections[1]?.key).toBe('lokasi_kejadian');
    const added = addField(draft, draft.sections[1]!.uid, 'text');
    draft = updateField(added.draft, added.uid, { label: { id: 'Patokan', en: '' }, help: { id: ' ', en: '' } });
    const section = toDefinition(draft).sections[1];
    expect(section).not.toHaveProperty('description');
    expect(section?.fields[0]).toEqual({ key: 'patokan', type: 'text', label: { id: 'Patokan', en: '' }, required: false });
  });
});
