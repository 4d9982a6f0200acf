import { describe, expect, it } from 'vitest';
import { createGatewayFetch, gatewayUrl } from './gateway-fetch';

const ORIGIN = 'http://portal.test';

/** A fetch that answers from a list and keeps what it was asked. */
function recordingFetch(statuses: number[] = []) {
  const calls: Array<{ url: string; method: string; csrf: string | null; credentials: RequestCredentials | undefined; accept: string | null }> = [];
  const doFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    calls.push({ url: String(input), method: init.method ?? 'GET', csrf: headers.get('x-csrf-token'), credentials: init.credentials, accept: headers.get('accept') });
    return new Response(null, { status: statuses.shift() ?? 200 });
  }) as typeof fetch;
  return { doFetch, calls };
}

describe('gatewayUrl', () => {
  it.each([
    ['/objek/35', `${ORIGIN}/api/v1/gateway/cek-pbb/objek/35`],
    ['objek/35?tahun=2025', `${ORIGIN}/api/v1/gateway/cek-pbb/objek/35?tahun=2025`],
    ['', `${ORIGIN}/api/v1/gateway/cek-pbb/`],
    ['/a/../b', `${ORIGIN}/api/v1/gateway/cek-pbb/b`],
  ])('puts %j below the service’s gateway root', (path, expected) => {
    expect(gatewayUrl('cek-pbb', ORIGIN, path)?.href).toBe(expected);
  });

  it.each(['../curhat-ning-ita/laporan', '/%2e%2e/curhat-ning-ita', 'a/../../x', 'https://elsewhere.test/x', '//elsewhere.test/x', 'javascript:alert(1)', '\\\\elsewhere.test'])(
    'refuses %j, which would leave it',
    (path) => {
      expect(gatewayUrl('cek-pbb', ORIGIN, path)).toBeNull();
    },
  );
});

describe('createGatewayFetch', () => {
  it('reads with the session cookie and no CSRF header', async () => {
    const { doFetch, calls } = recordingFetch();
    const fetchGateway = createGatewayFetch({ slug: 'cek-pbb', origin: ORIGIN, fetch: doFetch, csrfToken: async () => 'token-1' });
    await fetchGateway('/objek/35', { headers: { accept: 'application/json' } });
    expect(calls).toEqual([{ url: `${ORIGIN}/api/v1/gateway/cek-pbb/objek/35`, method: 'GET', csrf: null, credentials: 'same-origin', accept: 'application/json' }]);
  });

  it('sends the session’s CSRF token with a change, and none when nobody is signed in', async () => {
    const { doFetch, calls } = recordingFetch();
    await createGatewayFetch({ slug: 'curhat', origin: ORIGIN, fetch: doFetch, csrfToken: async () => 'token-1' })('/laporan', { method: 'post', body: '{}' });
    await createGatewayFetch({ slug: 'curhat', origin: ORIGIN, fetch: doFetch, csrfToken: async () => null })('/laporan', { method: 'POST', body: '{}' });
    expect(calls.map(({ method, csrf }) => ({ method, csrf }))).toEqual([
      { method: 'POST', csrf: 'token-1' },
      { method: 'POST', csrf: null },
    ]);
  });

  it('after a 403, resends a change once with the token read again, when it changed', async () => {
    const { doFetch, calls } = recordingFetch([403, 201]);
    const tokens = ['old', 'new'];
    const asked: boolean[] = [];
    const fetchGateway = createGatewayFetch({
      slug: 'curhat',
      origin: ORIGIN,
      fetch: doFetch,
      csrfToken: async (refresh) => (asked.push(refresh), tokens.shift() ?? null),
    });
    const response = await fetchGateway('/laporan', { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    expect(asked).toEqual([false, true]);
    expect(calls.map((call) => call.csrf)).toEqual(['old', 'new']);
  });

  it('does not replay a back end’s own 403: the token was right', async () => {
    const { doFetch, calls } = recordingFetch([403]);
    const fetchGateway = createGatewayFetch({ slug: 'curhat', origin: ORIGIN, fetch: doFetch, csrfToken: async () => 'same' });
    expect((await fetchGateway('/laporan', { method: 'DELETE' })).status).toBe(403);
    expect(calls).toHaveLength(1);
  });

  it('rejects a path outside the service’s gateway without fetching', async () => {
    const { doFetch, calls } = recordingFetch();
    const fetchGateway = createGatewayFetch({ slug: 'cek-pbb', origin: ORIGIN, fetch: doFetch, csrfToken: async () => null });
    await expect(fetchGateway('../curhat-ning-ita/laporan')).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });
});
