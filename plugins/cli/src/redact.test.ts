import { describe, expect, it } from 'vitest';
import { redactRegistry, redactToken } from './redact';

describe('redaction', () => {
  it('keeps only the public prefix and four characters of a token', () => {
    expect(redactToken('palapa_abcd1234efgh5678')).toBe('palapa_abcd…');
    expect(redactToken('rahasia-sekali')).toBe('raha…');
    expect(redactToken('abc')).toBe('…');
  });

  it('keeps only the host of a registry address', () => {
    expect(redactRegistry('https://user:pw@portal.kota.go.id:8443/sub/path?x=1')).toBe('portal.kota.go.id:8443');
    expect(redactRegistry('bukan url')).toMatch(/invalid registry address/);
  });
});
