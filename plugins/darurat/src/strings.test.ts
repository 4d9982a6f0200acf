import { describe, expect, it } from 'vitest';
import { LOCALES } from '@palapa/sdk';
import { STRINGS, localize, resolveLocale, stringsFor } from './strings';

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
    expect(stringsFor('id').title).toBe('Layanan Darurat');
    expect(stringsFor('en').title).toBe('Emergency Services');
  });

  it('falls back to Indonesian for no locale or one it does not speak', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('id')).toBe('id');
    expect(resolveLocale(undefined)).toBe('id');
    expect(resolveLocale('jv')).toBe('id');
  });

  it('localizes a bilingual text, falling back to Indonesian when English is empty', () => {
    expect(localize({ id: 'Polisi', en: 'Police' }, 'en')).toBe('Police');
    expect(localize({ id: 'Polisi', en: '' }, 'en')).toBe('Polisi');
  });
});
