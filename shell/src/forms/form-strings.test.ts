import { describe, expect, it } from 'vitest';
import { formEn, formId } from './form-strings';

describe('form strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(formEn).sort()).toEqual(Object.keys(formId).sort());
    for (const [key, value] of [...Object.entries(formId), ...Object.entries(formEn)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(formId) as (keyof typeof formId)[]) {
      expect(placeholders(formEn[key]), key).toEqual(placeholders(formId[key]));
    }
  });
});
