import { createGatewayFetch } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { fileReport, myReports, trackReport } from './curhat-client';

const ORIGIN = 'https://palapa.example';
const view = { code: 'CNI-7K3P-Q9', status: 'selesai', timeline: [] };
const draft = { category: 'pengaduan', topic: 'sampah', description: 'Sampah menumpuk di TPS selama empat hari.', kelurahan: 'Kedundung' } as const;

/** The shell's fetchGateway for curhat-ning-ita (the SDK's own builder, reading the CSRF token from /auth/me) over a fetch the test controls. */
const gatewayOver = (doFetch: typeof fetch, origin = ORIGIN) => createGatewayFetch({ slug: 'curhat-ning-ita', origin, fetch: doFetch });

function replying(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fake = (async (url: URL | RequestInfo, init?: RequestInit) => {
    if (String(url).endsWith('/api/v1/auth/me')) return new Response('{}', { status: 401 });
    calls.push({ url: String(url), init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetch: fake };
}

describe('fileReport', () => {
  it('posts multipart with the Idempotency-Key to the gateway on the portal’s origin', async () => {
    const fake = replying(201, { ...view, verifier: '1234' });
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const outcome = await fileReport({ ...draft, coordinates: { lat: -7.47, lng: 112.44 } }, photo, 'key-123456', { gateway: gatewayOver(fake.fetch) });
    expect(outcome).toEqual({ kind: 'ok', value: { ...view, verifier: '1234' } });
    const [call] = fake.calls;
    expect(call?.url).toBe(`${ORIGIN}/api/v1/gateway/curhat-ning-ita/laporan`);
    expect(call?.init?.method).toBe('POST');
    expect(new Headers(call?.init?.headers).get('idempotency-key')).toBe('key-123456');
    const form = call?.init?.body as FormData;
    expect([form.get('topic'), form.get('kelurahan'), form.get('lat'), form.get('lng')]).toEqual(['sampah', 'Kedundung', '-7.47', '112.44']);
    expect(form.get('photo')).toBeInstanceOf(Blob);
  });

  it.each([
    [400, { error: { code: 'invalid_report' } }, 'rejected'],
    [413, { error: { code: 'payload_too_large' } }, 'too-large'],
    [429, { error: { code: 'rate_limited' } }, 'busy'],
    [502, { error: { code: 'bad_gateway' } }, 'unreachable'],
    [504, { error: { code: 'upstream_timeout' } }, 'unreachable'],
    [404, { error: { code: 'not_found' } }, 'unreachable'],
    [500, {}, 'failed'],
    [201, { surprise: true }, 'failed'],
  ])('sorts a %i answer into %s', async (status, body, kind) => {
    expect((await fileReport(draft, null, 'key-123456', { gateway: gatewayOver(replying(status, body).fetch) })).kind).toBe(kind);
  });
});

describe('a signed-in citizen’s POST', () => {
  it('carries the session’s CSRF token, read again once when the portal refuses a stale one', async () => {
    const origin = 'https://csrf.palapa.example';
    let session = 'token-1';
    const sent: Array<string | undefined> = [];
    const fake = (async (url: URL | RequestInfo, init?: RequestInit) => {
      if (String(url).endsWith('/api/v1/auth/me')) return Response.json({ csrfToken: session });
      const token = new Headers(init?.headers).get('x-csrf-token') ?? undefined;
      sent.push(token);
      return token === session ? Response.json(view) : Response.json({ error: { code: 'forbidden' } }, { status: 403 });
    }) as typeof fetch;
    expect((await trackReport('CNI-7K3P-Q9', '2468', { gateway: gatewayOver(fake, origin) })).kind).toBe('ok');
    session = 'token-2'; // signed in again elsewhere
    expect((await trackReport('CNI-7K3P-Q9', '2468', { gateway: gatewayOver(fake, origin) })).kind).toBe('ok');
    expect(sent).toEqual(['token-1', 'token-1', 'token-2']);
  });
});

describe('before the shell handed over its fetchGateway', () => {
  it('fails every call without asking anything', async () => {
    expect(await myReports({ gateway: null })).toEqual({ kind: 'failed' });
    expect(await trackReport('CNI-7K3P-Q9', '2468', { gateway: null })).toEqual({ kind: 'failed' });
  });
});

describe('trackReport and myReports', () => {
  it('tells an unknown report from a gateway without a back end', async () => {
    const found = replying(200, view);
    expect(await trackReport('CNI-7K3P-Q9', '2468', { gateway: gatewayOver(found.fetch) })).toEqual({ kind: 'ok', value: view });
    expect(JSON.parse(String(found.calls[0]?.init?.body))).toEqual({ code: 'CNI-7K3P-Q9', verifier: '2468' });
    expect((await trackReport('CNI-7K3P-Q9', '0000', { gateway: gatewayOver(replying(404, { error: { code: 'report_not_found' } }).fetch) })).kind).toBe('not-found');
    expect((await trackReport('CNI-7K3P-Q9', '0000', { gateway: gatewayOver(replying(404, { error: { code: 'not_found' } }).fetch) })).kind).toBe('unreachable');
  });

  it('lists the citizen’s reports, or asks them to sign in', async () => {
    const filed = { ...view, verifier: '1234' };
    expect(await myReports({ gateway: gatewayOver(replying(200, { items: [filed] }).fetch) })).toEqual({ kind: 'ok', value: [filed] });
    expect((await myReports({ gateway: gatewayOver(replying(401, { error: { code: 'sign_in_required' } }).fetch) })).kind).toBe('sign-in');
  });

  it('treats a network failure as failed, but lets an abort through', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await trackReport('CNI-7K3P-Q9', '2468', { gateway: gatewayOver(offline) })).toEqual({ kind: 'failed' });
    const controller = new AbortController();
    controller.abort();
    await expect(trackReport('CNI-7K3P-Q9', '2468', { gateway: gatewayOver(offline), signal: controller.signal })).rejects.toThrow();
  });
});
