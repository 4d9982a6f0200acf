import { createGatewayFetch } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { bookSlot, cancelBooking, loadMyQueue } from './queue-client';

const ORIGIN = 'https://portal.example';
const GATEWAY = `${ORIGIN}/api/v1/gateway/antrean-mpp`;
/** The shell's fetchGateway for antrean-mpp (the SDK's own builder, reading the CSRF token from /auth/me) over a fetch the test controls. */
const gatewayOver = (doFetch: typeof fetch) => createGatewayFetch({ slug: 'antrean-mpp', origin: ORIGIN, fetch: doFetch });
const request = { counter: 'pdam', date: '2026-11-24', time: '09:00', name: 'Budi Santoso', phone: '081234567890' };

function answering(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = (async (url: URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(body === undefined ? 'not json' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { gateway: gatewayOver(fetch), calls };
}

describe('the queue client', () => {
  it('posts a booking to the gateway on the portal’s own origin', async () => {
    const booking = { code: 'MPP-AAAA-BBBB', ticket: 'J-001' };
    const options = answering(201, { booking });
    expect(await bookSlot(request, options)).toEqual({ kind: 'ok', value: { booking } });
    const post = options.calls.find((call) => call.url === `${GATEWAY}/antrean`);
    expect(post?.init?.method).toBe('POST');
    expect(JSON.parse(String(post?.init?.body))).toEqual(request);
  });

  it.each([
    [409, { error: { code: 'slot_full', message: 'Slot penuh' } }, { kind: 'refused', code: 'slot_full', fields: {} }],
    [400, { error: { code: 'invalid_request', message: '…', details: { fields: { phone: 'not-mobile' } } } }, { kind: 'refused', code: 'invalid_request', fields: { phone: 'not-mobile' } }],
    [404, { error: { code: 'booking_not_found', message: '…' } }, { kind: 'refused', code: 'booking_not_found', fields: {} }],
    [429, { error: { code: 'rate_limited', message: '…' } }, { kind: 'busy' }],
    [502, { error: { code: 'bad_gateway', message: '…' } }, { kind: 'unreachable' }],
    [504, { error: { code: 'upstream_timeout', message: '…' } }, { kind: 'unreachable' }],
    [500, undefined, { kind: 'failed' }],
    [201, { something: 'else' }, { kind: 'failed' }],
  ])('sorts %i into an outcome the citizen can act on', async (status, body, outcome) => {
    expect(await cancelBooking('MPP-AAAA-BBBB', '081234567890', answering(status, body))).toEqual(outcome);
  });

  it('sends a signed-in citizen’s session CSRF token with a POST, read from the portal once', async () => {
    const calls: Array<{ url: string; headers: Record<string, string> }> = [];
    const fetch = (async (url: URL, init?: RequestInit) => {
      calls.push({ url: String(url), headers: Object.fromEntries(new Headers(init?.headers)) });
      if (String(url).endsWith('/api/v1/auth/me')) return new Response(JSON.stringify({ user: {}, csrfToken: 'token-sesi' }), { status: 200 });
      return new Response(JSON.stringify({ booking: { code: 'MPP-AAAA-BBBB' } }), { status: 201 });
    }) as unknown as typeof globalThis.fetch;
    // A 403 first makes the client read the token afresh (the module may hold an older one).
    let refused = false;
    const once = (async (url: URL, init?: RequestInit) => {
      if (!refused && String(url).endsWith('/antrean')) {
        refused = true;
        return new Response(JSON.stringify({ error: { code: 'forbidden', message: 'CSRF' } }), { status: 403 });
      }
      return fetch(url, init);
    }) as unknown as typeof globalThis.fetch;
    expect((await bookSlot(request, { gateway: gatewayOver(once) })).kind).toBe('ok');
    const post = calls.filter((call) => call.url.endsWith('/antrean')).at(-1);
    expect(post?.headers['x-csrf-token']).toBe('token-sesi');
  });

  it('fails without asking anything before the shell handed over its fetchGateway', async () => {
    expect(await loadMyQueue({ gateway: null })).toEqual({ kind: 'failed' });
  });

  it('says failed when offline, and 401 on /saya is a refusal (not signed in)', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    expect(await loadMyQueue({ gateway: gatewayOver(offline) })).toEqual({ kind: 'failed' });
    expect(await loadMyQueue(answering(401, { error: { code: 'not_signed_in', message: '…' } }))).toMatchObject({ kind: 'refused', code: 'not_signed_in' });
  });
});
