import { describe, expect, it } from 'vitest';
import { fill, longDate, problemKey, resolveLocale, rupiah, STRINGS } from './strings';

describe('strings', () => {
  it('has every sentence in both languages, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
    for (const table of Object.values(STRINGS)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('speaks Indonesian unless the shell says English', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('jv')).toBe('id');
    expect(resolveLocale(undefined)).toBe('id');
  });

  it('explains each NOP problem in the citizen’s language', () => {
    expect(fill(STRINGS.id[problemKey('incomplete')], { count: 7 })).toBe('NOP belum lengkap: harus 18 digit (7 digit diketik).');
    expect(STRINGS.en[problemKey('not-mojokerto')]).toContain('35.76');
  });

  it('writes rupiah and dates the local way', () => {
    expect(rupiah(561_350)).toBe('Rp 561.350');
    expect(rupiah(0)).toBe('Rp 0');
    expect(longDate('2026-08-31', 'id')).toBe('31 Agustus 2026');
    expect(longDate('2026-08-31', 'en')).toBe('31 August 2026');
  });
});
