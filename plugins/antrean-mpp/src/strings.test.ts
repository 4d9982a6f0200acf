import { describe, expect, it } from 'vitest';
import { fill, longDay, nameProblemKey, phoneProblemKey, resolveLocale, STRINGS } from './strings';

describe('strings', () => {
  it('has every sentence in both languages, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
    for (const table of Object.values(STRINGS)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('speaks Indonesian unless the shell says English', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale(undefined)).toBe('id');
  });

  it('explains each field problem in the citizen’s language', () => {
    expect(STRINGS.id[phoneProblemKey('not-mobile')]).toContain('08 atau +628');
    expect(STRINGS.en[nameProblemKey('short')]).toContain('at least 3');
    expect(fill(STRINGS.id.slotRemaining, { count: 2 })).toBe('sisa 2');
  });

  it('writes a visit day the local way', () => {
    expect(longDay('2026-11-24', 'id')).toBe('Selasa, 24 November 2026');
    expect(longDay('2026-11-24', 'en')).toMatch(/^Tuesday,? 24 November 2026$/); // ICU versions differ on the comma
  });
});
