import { describe, expect, it } from 'vitest';
import { checkDraft, otherProblems, problemsAt } from './definition-problems';
import { addField, emptyDraft, setCondition, setProcessingDays, updateField, updateOption } from './editor-state';

describe('checking the draft with the SDK schema', () => {
  it('says a new form needs a field, in the editor language', () => {
    const check = checkDraft(emptyDraft(), 'id');
    expect(check.ok).toBe(false);
    expect(problemsAt(check.problems, 'sections.0.fields')).toEqual(['Tambahkan paling sedikit 1.']);
    expect(problemsAt(checkDraft(emptyDraft(), 'en').problems, 'sections.0.fields')).toEqual(['Add at least 1.']);
  });

  it('puts each problem at the part to fix, in plain words', () => {
    const draft = emptyDraft();
    const added = addField(draft, draft.sections[0]!.uid, 'choice');
    let next = updateField(added.draft, added.uid, { label: { id: '', en: 'Kind' } });
    next = setProcessingDays(next, 0);
    const { problems } = checkDraft(next, 'id');
    expect(problemsAt(problems, 'processingDays')).toEqual(['Lama proses harus 1 sampai 365 hari kerja.']);
    expect(problemsAt(problems, 'sections.0.fields.0.key')[0]).toMatch(/^Kunci: huruf kecil/);
    expect(problemsAt(problems, 'sections.0.fields.0.label.id')).toEqual(['Wajib diisi.']);
    expect(problemsAt(problems, 'sections.0.fields.0.options.0.value')[0]).toMatch(/^Nilai pilihan/);
  });

  it('translates the schema’s own rules, such as a condition on a later field', () => {
    let draft = emptyDraft();
    const section = draft.sections[0]!.uid;
    const text = addField(draft, section, 'text');
    draft = updateField(text.draft, text.uid, { label: { id: 'Keterangan', en: '' } });
    const choice = addField(draft, section, 'choice');
    draft = updateField(choice.draft, choice.uid, { label: { id: 'Jenis', en: '' } });
    draft = updateOption(draft, choice.uid, 0, { label: { id: 'Lain', en: '' } });
    draft = setCondition(draft, text.uid, { field: 'jenis', anyOf: ['lain'] });
    const { problems } = checkDraft(draft, 'id');
    expect(problemsAt(problems, 'sections.0.fields.0.visibleWhen.field')).toEqual(['Syarat tampil harus merujuk isian pilihan yang letaknya lebih atas.']);
    // Shown on the field card when no input of it claims the path.
    expect(otherProblems(problems, 'sections.0.fields.0', ['key', 'label.id'])).toHaveLength(1);
    expect(otherProblems(problems, 'sections.0.fields.0', ['visibleWhen.field'])).toEqual([]);
  });

  it('passes a complete form and gives back the definition to publish', () => {
    const draft = emptyDraft();
    const added = addField(draft, draft.sections[0]!.uid, 'nik');
    const check = checkDraft(updateField(added.draft, added.uid, { label: { id: 'NIK', en: 'NIK' }, required: true }), 'id');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.definition.sections[0]?.fields[0]).toMatchObject({ key: 'nik', type: 'nik', required: true });
  });
});
