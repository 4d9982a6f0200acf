import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { decodeCursor, encodeCursor, queryFingerprint } from './catalogue-cursor';

const fingerprint = queryFingerprint(['search', null, null, null, ['pajak']]);

describe('catalogue cursors', () => {
  it('round-trips browse and search positions, opaque and URL-safe', () => {
    const browse = { mode: 'browse' as const, position: 3, name: 'Cek PBB "ü"', slug: 'cek-pbb' };
    const search = { mode: 'search' as const, score: 607927, slug: 'cek-pbb' };
    for (const cursor of [browse, search]) {
      const text = encodeCursor(cursor, fingerprint);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text, fingerprint)).toEqual(cursor);
    }
  });

  it('refuses a cursor of another query', () => {
    const text = encodeCursor({ mode: 'search', score: 1, slug: 'a' }, fingerprint);
    expect(() => decodeCursor(text, queryFingerprint(['search', null, null, null, ['wifi']]))).toThrow(DomainError);
  });

  it.each([
    ['not base64url JSON', 'garbage'],
    ['an empty object', Buffer.from('{}').toString('base64url')],
    ['a score too large for PostgreSQL', Buffer.from(JSON.stringify({ m: 's', q: fingerprint, r: 2 ** 40, s: 'a' })).toString('base64url')],
    ['a NUL in a slug', Buffer.from(JSON.stringify({ m: 's', q: fingerprint, r: 1, s: 'a\u0000' })).toString('base64url')],
    ['an extra field', Buffer.from(JSON.stringify({ m: 's', q: fingerprint, r: 1, s: 'a', x: 1 })).toString('base64url')],
    ['a number for the slug', Buffer.from(JSON.stringify({ m: 's', q: fingerprint, r: 1, s: 5 })).toString('base64url')],
  ])('refuses %s with invalid_input', (_label, text) => {
    expect(() => decodeCursor(text, fingerprint)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
