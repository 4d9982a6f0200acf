import { describe, expect, it, vi } from 'vitest';
import { sessionCsrfToken } from './session-csrf';

const me = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('sessionCsrfToken', () => {
  it('reads the token from the portal once per origin, and again on refresh', async () => {
    const doFetch = vi.fn(async () => me({ user: {}, csrfToken: 'satu' }));
    expect(await sessionCsrfToken('http://portal.test', doFetch)).toBe('satu');
    expect(await sessionCsrfToken('http://portal.test', doFetch)).toBe('satu');
    expect(doFetch).toHaveBeenCalledTimes(1);
    expect(String((doFetch.mock.calls[0] as unknown[])[0])).toBe('http://portal.test/api/v1/auth/me');
    doFetch.mockResolvedValueOnce(me({ user: {}, csrfToken: 'dua' }));
    expect(await sessionCsrfToken('http://portal.test', doFetch, true)).toBe('dua');
    expect(doFetch).toHaveBeenCalledTimes(2);
  });

  it('has none for an anonymous visitor, a strange answer or a broken network', async () => {
    expect(await sessionCsrfToken('http://a.test', async () => me({ error: {} }, 401))).toBeNull();
    expect(await sessionCsrfToken('http://b.test', async () => me({ csrfToken: 7 }))).toBeNull();
    expect(await sessionCsrfToken('http://c.test', async () => Promise.reject(new TypeError('offline')))).toBeNull();
  });
});
