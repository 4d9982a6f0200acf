// The service gateway against a real back end on a real port: forwarding, stripping, identity,
// the access log, and every refusal (timeouts, dead back ends, limits, origins, path tricks).
import { verifyGatewaySignature } from '@palapa/sdk/gateway';
import { eq } from 'drizzle-orm';
import { serve } from '@hono/node-server';
import { connect, type AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { gatewayAccessLog, meta } from '../db/schema';
import { closedPort, startRawUpstream, startTestUpstream, type Echo, type TestUpstream } from '../domain/gateway/test-upstream';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { fakeManifest } from '../test-support/fake-plugin';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginEntries, tarGz, uploadBody } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
const SECRET = 'rahasia-gateway-uji-yang-cukup-panjang-123';

describe.each(testDrivers())('service gateway (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;
  let upstream: TestUpstream;
  /** Shared by the tests that only read: one service without and one with `user.profile`. */
  let plain: string;
  let profile: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    upstream = await startTestUpstream();
    app = createApp({ db: database.db, gateway: { timeoutMs: 300, secret: SECRET, maxBodyBytes: 2048, maxResponseBytes: 16 * 1024, ratePerMinute: 1000 } });
    actors = await createActors(app, database.db);
    plain = await gatewayService();
    profile = await gatewayService({ permissions: ['user.profile'] });
  });
  afterAll(async () => {
    await upstream?.close();
    await database?.dispose();
  });

  async function ok(response: Promise<Response>) {
    const settled = await response;
    if (settled.status >= 300) throw new Error(`setup failed: ${settled.status} ${await settled.text()}`);
    return (await settled.json()) as Record<string, unknown>;
  }

  /** A BPKPD module service with an active approved version and, unless told otherwise, an approved upstream. */
  async function gatewayService(options: { permissions?: string[]; upstream?: string | null; activate?: boolean } = {}) {
    const { admin, publisher } = actors;
    const slug = uniqueSlug('gerbang');
    await ok(call(app, 'POST', '/services', admin.headers, serviceBody(slug, { opd: 'bpkpd' })));
    const manifest = fakeManifest(slug, '1.0.0', { permissions: options.permissions ?? [] });
    await ok(call(app, 'POST', `/services/${slug}/versions`, publisher.headers, uploadBody(manifest, await tarGz(pluginEntries(slug, '1.0.0')))));
    await ok(call(app, 'POST', `/services/${slug}/versions/1.0.0/approve`, admin.headers));
    if (options.activate !== false) await ok(call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers));
    const url = options.upstream === undefined ? `${upstream.origin}/base` : options.upstream;
    if (url !== null) {
      const proposal = await ok(call(app, 'POST', `/services/${slug}/upstreams`, publisher.headers, { url }));
      await ok(call(app, 'POST', `/services/${slug}/upstreams/${String(proposal.id)}/approve`, admin.headers));
    }
    return slug;
  }

  const gateway = (path: string, init: RequestInit = {}, on: PalapaApp = app) => Promise.resolve(on.request(`/api/v1/gateway/${path}`, init));
  const echoOf = async (response: Response) => {
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Echo;
  };

  it('forwards method, path and query to the approved upstream and passes its answer back, stripped', async () => {
    const slug = plain;
    const response = await gateway(`${slug}/echo/pbb/35.76?nop=1&tahun=2026`, { headers: { 'X-Opd-Query': 'ya', Origin: 'http://localhost' } });
    const echo = await echoOf(response);
    expect(echo).toMatchObject({ method: 'GET', target: '/base/echo/pbb/35.76?nop=1&tahun=2026' });
    expect(echo.headers['x-opd-query']).toBe('ya');
    expect(response.headers.get('x-opd-trace')).toBe('jejak-123');
    for (const stripped of ['set-cookie', 'access-control-allow-origin', 'x-palapa-user-id']) expect(response.headers.get(stripped)).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('forwards every method a plugin uses: PUT and DELETE with their bodies, HEAD without one', async () => {
    const { citizen } = actors;
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const echo = await echoOf(await gateway(`${plain}/echo/m`, { method, headers: { ...citizen.headers, 'Content-Type': 'application/json' }, body: '{"a":1}' }));
      expect(echo).toMatchObject({ method, body: '{"a":1}' });
    }
    const head = await gateway(`${plain}/echo/m`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("never forwards the caller's cookie, CSRF token, API token or X-Palapa-* claims, nor hop-by-hop headers", async () => {
    const slug = plain;
    const { citizen, publisher } = actors;
    const spoofed = { 'X-Palapa-User-Id': 'palsu', 'X-Palapa-Signature': 'palsu', Connection: 'keep-alive, x-hop', 'X-Hop': '1', 'Keep-Alive': 'timeout=5' };
    const asCitizen = await echoOf(await gateway(`${slug}/echo/a`, { method: 'POST', headers: { ...citizen.headers, ...spoofed, 'Content-Type': 'text/plain' }, body: 'isi' }));
    expect(asCitizen.body).toBe('isi');
    const token = await ok(call(app, 'POST', '/tokens', publisher.headers, { name: 'gerbang' }));
    const asToken = await echoOf(await gateway(`${slug}/echo/b`, { headers: { Authorization: `Bearer ${String(token.token)}` } }));
    for (const echo of [asCitizen, asToken]) {
      const names = Object.keys(echo.headers);
      for (const name of ['cookie', 'x-csrf-token', 'authorization', 'x-hop', 'keep-alive']) expect(names).not.toContain(name);
      expect(names.filter((name) => name.startsWith('x-palapa-'))).toEqual([]);
    }
  });

  it('signs the citizen’s identity only for a version asking user.profile, and logs each pass for the citizen', async () => {
    const { citizen } = actors;
    const signedResponse = await gateway(`${profile}/echo/data?nik=1`, { headers: citizen.headers });
    expect(signedResponse.headers.get('cache-control')).toBe('private, no-store');
    const signed = await echoOf(signedResponse);
    const verified = verifyGatewaySignature({ method: 'GET', path: signed.target, headers: signed.headers, secret: SECRET });
    expect(verified).toMatchObject({ ok: true, user: { id: citizen.user.id, email: citizen.user.email, name: citizen.user.name } });
    expect(verifyGatewaySignature({ method: 'GET', path: '/base/echo/other', headers: signed.headers, secret: SECRET }).ok).toBe(false);

    // No permission, or nobody signed in: nothing about anyone travels, nothing is logged.
    const withoutPermission = await echoOf(await gateway(`${plain}/echo/data`, { headers: citizen.headers }));
    const anonymous = await echoOf(await gateway(`${profile}/echo/data`));
    for (const echo of [withoutPermission, anonymous]) expect(Object.keys(echo.headers).filter((name) => name.startsWith('x-palapa-'))).toEqual([]);

    const log = await (await call(app, 'GET', '/me/access-log', citizen.headers)).json();
    const passes = log.items.filter((item: { service: { slug: string } }) => item.service.slug === profile);
    expect(passes).toHaveLength(1);
    expect(passes[0]).toMatchObject({ service: { slug: profile }, method: 'GET', path: '/echo/data', status: 200 });
    const others = await (await call(app, 'GET', '/me/access-log', actors.publisher.headers)).json();
    expect(others.items).toEqual([]);
    expect((await call(app, 'GET', '/me/access-log')).status).toBe(401);
  });

  it('pages the access log newest first', async () => {
    const { citizen } = actors;
    const slug = profile;
    for (const n of [1, 2, 3]) await echoOf(await gateway(`${slug}/echo/halaman-${n}`, { headers: citizen.headers }));
    const first = await (await call(app, 'GET', '/me/access-log?limit=2', citizen.headers)).json();
    expect(first.items.map((item: { path: string }) => item.path)).toEqual(['/echo/halaman-3', '/echo/halaman-2']);
    const second = await (await call(app, 'GET', `/me/access-log?limit=2&cursor=${first.nextCursor}`, citizen.headers)).json();
    expect(second.items[0].path).toBe('/echo/halaman-1');
    expect((await call(app, 'GET', '/me/access-log?cursor=bukan-kursor', citizen.headers)).status).toBe(400);
    expect((await call(app, 'GET', '/me/access-log?limit=101', citizen.headers)).status).toBe(400);
  });

  it('generates the signing secret once and keeps it in the meta table when none is configured', async () => {
    const { citizen } = actors;
    const slug = profile;
    const unconfigured = createApp({ db: database.db, gateway: { secret: undefined } });
    const echo = await echoOf(await gateway(`${slug}/echo/x`, { headers: citizen.headers }, unconfigured));
    const [row] = await database.db.select().from(meta).where(eq(meta.key, 'gateway.secret'));
    const stored = (row?.value as { secret: string }).secret;
    expect(verifyGatewaySignature({ method: 'GET', path: echo.target, headers: echo.headers, secret: stored }).ok).toBe(true);
    const again = createApp({ db: database.db, gateway: { secret: undefined } });
    const second = await echoOf(await gateway(`${slug}/echo/x`, { headers: citizen.headers }, again));
    expect(verifyGatewaySignature({ method: 'GET', path: second.target, headers: second.headers, secret: stored }).ok).toBe(true);
  });

  it('answers 504 when the upstream is too slow, 502 when it is unreachable or answers too much, as JSON', async () => {
    const slow = plain;
    const started = Date.now();
    const timedOut = await errorOf(await gateway(`${slow}/slow`));
    expect(timedOut).toMatchObject({ status: 504, code: 'upstream_timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
    const dead = await gatewayService({ upstream: `http://127.0.0.1:${await closedPort()}/base` });
    expect(await errorOf(await gateway(`${dead}/echo/x`))).toMatchObject({ status: 502, code: 'bad_gateway' });
    expect(await errorOf(await gateway(`${slow}/big`))).toMatchObject({ status: 502, code: 'bad_gateway' });
  });

  it.each([
    ['not HTTP at all', 'SSH-2.0-OpenSSH_9.2\r\n'],
    ['a status no HTTP answer has', 'HTTP/1.1 999 Aneh\r\nContent-Length: 0\r\n\r\n'],
    ['a body cut short', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nseparuh'],
  ])('answers 502 for a back end that speaks %s', async (_label, raw) => {
    const broken = await startRawUpstream(raw);
    try {
      const slug = await gatewayService({ upstream: broken.origin });
      expect(await errorOf(await gateway(`${slug}/x`))).toMatchObject({ status: 502, code: 'bad_gateway' });
    } finally {
      await broken.close();
    }
  });

  it('logs an identity pass that timed out with the status the citizen got', async () => {
    const { citizen } = actors;
    const slug = profile;
    expect((await gateway(`${slug}/slow`, { headers: citizen.headers })).status).toBe(504);
    const rows = await database.db.select({ status: gatewayAccessLog.status, path: gatewayAccessLog.path }).from(gatewayAccessLog).where(eq(gatewayAccessLog.path, '/slow'));
    expect(rows).toEqual([{ status: 504, path: '/slow' }]);
  });

  it('forwards the bare service address and a trailing slash to the upstream root and below', async () => {
    // The test upstream has nothing at /base itself: its own 404 comes back, through the gateway.
    const bare = await gateway(plain);
    expect(bare.status).toBe(404);
    expect(bare.headers.get('content-security-policy')).toContain('sandbox');
    expect((await echoOf(await gateway(`${plain}/echo/`))).target).toBe('/base/echo/');
  });

  it('passes a compressed answer through as sent, with its Content-Encoding', async () => {
    const response = await gateway(`${plain}/gzip`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await response.arrayBuffer())).toString()).toBe('isi terkompresi');
  });

  it('rewrites a redirect inside the upstream to the gateway and drops one that leaves it', async () => {
    const slug = plain;
    const inside = await gateway(`${slug}/redirect-inside`);
    expect(inside.status).toBe(302);
    expect(inside.headers.get('location')).toBe(`/api/v1/gateway/${slug}/echo/next?x=1`);
    const outside = await gateway(`${slug}/redirect-outside`);
    expect(outside.status).toBe(302);
    expect(outside.headers.get('location')).toBeNull();
  });

  it('refuses a body over the limit with 413 before calling the upstream', async () => {
    const slug = plain;
    const { citizen } = actors;
    const tooBig = await gateway(`${slug}/echo/x`, { method: 'POST', headers: { ...citizen.headers, 'Content-Type': 'text/plain' }, body: 'x'.repeat(4096) });
    expect(await errorOf(tooBig)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('limits each citizen (signed-in user, else address) with 429 and Retry-After', async () => {
    const slug = plain;
    const limited = createApp({ db: database.db, gateway: { ratePerMinute: 2 } });
    const { citizen, publisher } = actors;
    for (const _ of [1, 2]) expect((await gateway(`${slug}/echo/x`, { headers: citizen.headers }, limited)).status).toBe(200);
    const refused = await gateway(`${slug}/echo/x`, { headers: citizen.headers }, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(refused)).code).toBe('rate_limited');
    // Another citizen has their own allowance.
    expect((await gateway(`${slug}/echo/x`, { headers: publisher.headers }, limited)).status).toBe(200);
  });

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['an opaque origin', { Origin: 'null' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a same-site (other subdomain) fetch', { 'Sec-Fetch-Site': 'same-site' }],
  ])('refuses %s with 403 and grants no CORS', async (_label, headers) => {
    const slug = plain;
    const refused = await gateway(`${slug}/echo/x`, { headers });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(await errorOf(refused)).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it.each([
    ['an encoded slash', '/echo/a%2f..%2f..%2fouter'],
    ['an encoded backslash', '/echo/a%5c..'],
    ['an empty segment (//host)', '//evil.example/x'],
    ['an encoded dot segment', '/echo/%2e%2e%2f'],
    ['encoded CR/LF', '/echo/a%0d%0aX-Injected:%201'],
    ['an encoded NUL', '/echo/a%00'],
    ['broken percent-encoding', '/echo/%E0%A4%A'],
  ])('refuses %s in the path with 400', async (_label, tail) => {
    const slug = plain;
    expect(await errorOf(await gateway(`${slug}${tail}`))).toMatchObject({ status: 400, code: 'invalid_input' });
  });

  it('keeps plain dot segments from leaving the upstream (the URL is normalised before routing)', async () => {
    const slug = plain;
    // Normalised to /gateway/outside: no such service, and the upstream's /outside is never reached.
    for (const tail of ['/echo/../../outside', '/echo\\..\\..\\outside']) {
      expect(await errorOf(await gateway(`${slug}${tail}`))).toMatchObject({ status: 404, message: expect.stringMatching(/"outside"/) });
    }
  });

  it('over a real socket: refuses TRACE with 405 and a header smuggling a bare line feed with 400', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => (server.listening ? resolve(null) : server.once('listening', resolve)));
    const { port } = server.address() as AddressInfo;
    const raw = (request: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (chunk) => (answer += String(chunk)));
        socket.on('close', () => resolve(answer));
      });
    try {
      const trace = await raw(`TRACE /api/v1/gateway/${plain}/echo/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(trace).toMatch(/^HTTP\/1\.1 405/);
      expect(trace).toContain('"method_not_allowed"');
      const smuggled = await raw(`GET /api/v1/gateway/${plain}/echo/x HTTP/1.1\r\nHost: localhost\r\nX-A: b\nX-Palapa-User-Id: palsu\r\nConnection: close\r\n\r\n`);
      expect(smuggled).toMatch(/^HTTP\/1\.1 400/);
    } finally {
      server.close();
    }
  });

  it('refuses oversized headers with 400', async () => {
    const slug = plain;
    expect(await errorOf(await gateway(`${slug}/echo/x`, { headers: { 'X-Besar': 'x'.repeat(9000) } }))).toMatchObject({ status: 400 });
  });

  it('refuses what has no usable upstream: unknown, switched off, no active version, no approved upstream', async () => {
    const { admin, publisher } = actors;
    expect(await errorOf(await gateway('tidak-ada-layanan/x'))).toMatchObject({ status: 404, message: expect.stringMatching(/tidak ditemukan/) });
    const off = await gatewayService();
    await ok(call(app, 'POST', `/services/${off}/disable`, admin.headers, { reason: 'Gangguan layanan' }));
    expect(await errorOf(await gateway(`${off}/echo/x`))).toMatchObject({ status: 403, message: expect.stringMatching(/dinonaktifkan/) });
    const inactive = await gatewayService({ activate: false });
    expect(await errorOf(await gateway(`${inactive}/echo/x`))).toMatchObject({ status: 404, message: expect.stringMatching(/versi aktif/) });
    const pending = await gatewayService({ upstream: null });
    await ok(call(app, 'POST', `/services/${pending}/upstreams`, publisher.headers, { url: `${upstream.origin}/base` }));
    expect(await errorOf(await gateway(`${pending}/echo/x`))).toMatchObject({ status: 404, message: expect.stringMatching(/back end yang disetujui/) });
    expect(await errorOf(await gateway('cek-pbb/x'))).toMatchObject({ status: 404 });
  });

  it('applies a kill switch once the resolved service expires (PALAPA_GATEWAY_CACHE_MS), and at once with no cache', async () => {
    const cached = createApp({ db: database.db, gateway: { cacheMs: 300 } });
    const uncached = createApp({ db: database.db, gateway: { cacheMs: 0 } });
    const slug = await gatewayService();
    for (const on of [cached, uncached]) expect((await gateway(`${slug}/echo/x`, {}, on)).status).toBe(200);
    await ok(call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, { reason: 'Gangguan layanan' }));
    expect((await gateway(`${slug}/echo/x`, {}, uncached)).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await gateway(`${slug}/echo/x`, {}, cached)).status).toBe(403);
  });

  it('needs the CSRF token for a cookie-authenticated mutation, like the rest of the API', async () => {
    const slug = plain;
    const { Cookie } = actors.citizen.headers;
    const refused = await gateway(`${slug}/echo/x`, { method: 'POST', headers: { Cookie: Cookie ?? '' }, body: 'x' });
    expect(await errorOf(refused)).toMatchObject({ status: 403, message: expect.stringMatching(/X-CSRF-Token/) });
  });
});
