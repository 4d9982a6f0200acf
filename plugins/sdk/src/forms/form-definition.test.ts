import { describe, expect, it } from 'vitest';
import { formDefinitionSchema } from './form-definition';

const name = { id: 'Nama', en: 'Name' };
const kind = {
  key: 'jenis',
  type: 'choice',
  label: { id: 'Jenis', en: 'Kind' },
  required: true,
  options: [
    { value: 'rusak', label: { id: 'Rusak', en: 'Broken' } },
    { value: 'hilang', label: { id: 'Hilang', en: 'Lost' } },
  ],
};

function definition(fields: unknown[]) {
  return { spec: 1, sections: [{ key: 'utama', title: { id: 'Data', en: 'Data' }, fields }] };
}

function messages(value: unknown): string[] {
  const result = formDefinitionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('formDefinitionSchema', () => {
  it('accepts a form with a condition on an earlier choice field, and fills defaults', () => {
    const parsed = formDefinitionSchema.parse(
      definition([kind, { key: 'laporan_polisi', type: 'file', label: name, accept: ['application/pdf'], maxSizeKb: 2048, visibleWhen: { field: 'jenis', anyOf: ['hilang'] } }]),
    );
    expect(parsed.sections[0]?.fields[1]?.required).toBe(false);
    expect(parsed.sections[0]?.fields[0]?.label.en).toBe('Kind');
  });

  it('refuses a condition on a later, unknown or non-choice field, or on an option that does not exist', () => {
    expect(messages(definition([{ key: 'a', type: 'text', label: name, visibleWhen: { field: 'jenis', anyOf: ['rusak'] } }, kind]))).toEqual([
      'sections.0.fields.0.visibleWhen.field: visibleWhen.field must be the key of an earlier choice or multiChoice field, not "jenis"',
    ]);
    expect(messages(definition([{ key: 'nama', type: 'text', label: name }, { key: 'b', type: 'text', label: name, visibleWhen: { field: 'nama', anyOf: ['x'] } }]))).toHaveLength(1);
    expect(messages(definition([kind, { key: 'b', type: 'text', label: name, visibleWhen: { field: 'jenis', anyOf: ['terbakar'] } }]))).toEqual([
      'sections.0.fields.1.visibleWhen.anyOf: "terbakar" is not an option of "jenis"',
    ]);
  });

  it('refuses duplicate keys, options on a text field, a file field without limits, and unknown properties', () => {
    expect(messages(definition([{ key: 'nama', type: 'text', label: name }, { key: 'nama', type: 'email', label: name }]))).toEqual([
      'sections.0.fields.1.key: field key "nama" is used twice',
    ]);
    expect(messages(definition([{ ...kind, type: 'text' }]))[0]).toContain('only choice and multiChoice fields have options');
    expect(messages(definition([{ key: 'ktp', type: 'file', label: name }]))[0]).toContain('a file field needs "accept"');
    expect(messages(definition([{ key: 'nama', type: 'text', label: name, colour: 'red' }]))).toHaveLength(1);
    expect(messages(definition([{ key: 'Nama Lengkap', type: 'text', label: name }]))[0]).toContain('key must be lowercase');
    expect(messages({ spec: 2, sections: [] })).toContain('spec: spec must be 1');
  });
});
