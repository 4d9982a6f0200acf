import { describe, expect, it } from 'vitest';
import { LOCALES } from '@palapa/sdk';
import { STRINGS, fill, resolveLocale, stringsFor } from './strings';

describe('strings', () => {
  const keys = Object.keys(STRINGS.id);

  it('has a table for every portal locale', () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('has every key, non-empty, in %s', (locale) => {
    const table = STRINGS[locale];
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text: unknown = table[key as keyof typeof table];
      expect(typeof text, `${locale}.${key}`).toBe('string');
      expect((text as string).trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('keeps the heading text the end-to-end tests look for', () => {
    expect(stringsFor('id').title).toBe('CCTV & Wifi Gratis');
    expect(stringsFor('en').title).toBe('CCTV & Free Wifi');
  });

  it('falls back to Indonesian for no locale or one it does not speak', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('id')).toBe('id');
    expect(resolveLocale(undefined)).toBe('id');
    expect(resolveLocale('jv')).toBe('id');
  });

  it('fills placeholders, leaving unknown ones visible', () => {
    expect(fill(stringsFor('id').resultCount, { count: 3 })).toBe('3 titik ditemukan');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of keys) {
      expect(placeholders(STRINGS.en[key as keyof typeof STRINGS.en]), key).toEqual(placeholders(STRINGS.id[key as keyof typeof STRINGS.id]));
    }
  });
});
