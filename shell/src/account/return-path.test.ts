import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
  it('follows a path on this site and defaults to the console', () => {
    expect(returnPath('?kembali=%2Fkonsol%2Faudit')).toBe('/konsol/audit');
    expect(returnPath('?kembali=/layanan/cek-pbb?x=1')).toBe('/layanan/cek-pbb?x=1');
    expect(returnPath('')).toBe('/konsol');
  });

  it('never leaves the site', () => {
    for (const search of ['?kembali=https://evil.example', '?kembali=//evil.example', '?kembali=/\\evil.example', '?kembali=javascript:alert(1)']) {
      expect(returnPath(search)).toBe('/konsol');
    }
  });
});
