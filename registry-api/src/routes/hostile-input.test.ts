// Property: whatever an admin sends to a mutating endpoint (random JSON, hostile strings, prototype
// keys, wrong types, odd path segments, broken multipart), the answer is never a 5xx, and a refusal
// leaves the database exactly as it was.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors, type SignedInClient } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { fakeManifest } from '../test-support/fake-plugin';
import { createFormService, fileOk, HTML, PDF, PNG, TEST_DEFINITION, validValues, type Filed } from '../test-support/forms-fixtures';
import { startOpdServer, type OpdServer } from '../test-support/opd-server';
import { call, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginEntries, tarGz, uploadBody } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

// Up to 200 runs per endpoint, within a time budget that keeps the file under 30 s per driver even
// on a busy machine (PGlite answers a signed-in request in ~5-20 ms); each endpoint must reach MIN_RUNS.
// A deep run: PALAPA_FUZZ_RUNS=5000 PALAPA_FUZZ_BUDGET_MS=60000 npx vitest run <this file>.
const NUM_RUNS = Number(process.env.PALAPA_FUZZ_RUNS ?? 200);
const BUDGET_MS = Number(process.env.PALAPA_FUZZ_BUDGET_MS ?? 1_400);
const TEST_TIMEOUT_MS = BUDGET_MS + 30_000;
const MIN_RUNS = 15;
const CHUNK = 5;

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\u0000', 'a\u0000b', 'Dinas\u0000Uji', '\ud800', 'x\udfffy', 'Dinas \ud83d Uji', '..', '../../etc/passwd', '%2e%2e%2f', '__proto__', 'constructor', '<script>alert(1)</script>'),
  fc.constantFrom("'; drop table services; --", '1.0.0', '99999999999999999999.0.0', 'cek-pbb', '00000000-0000-0000-0000-000000000000', ' ', ''),
  fc.uuid(),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'é'.repeat(n)),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.anything(),
  fc.jsonValue(),
  fc.array(hostileString, { maxLength: 200 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'en', 'toString'), fc.jsonValue(), { maxKeys: 3 }),
);
/** Raw texts that are not what JSON.stringify would make of any value. */
const rawText = fc.oneof(
  fc.string(),
  fc.constantFrom('{', '{"__proto__":{"isAdmin":true},"reason":"alasan sah"}', '{"constructor":{"prototype":{"x":1}}}', '[]', 'null', '"x"', '1e999'),
  fc.constantFrom('{"reason":"abc","reason":"def"}', '\u0000', `{"reason":"${'x'.repeat(1_100_000)}"}`),
);

/** A valid body with one field replaced by a hostile value, sometimes with a stranger key added. */
function mutated(valid: () => Record<string, unknown>) {
  const keys = Object.keys(valid());
  return fc
    .record({ key: fc.constantFrom(...(keys.length ? keys : ['x'])), value: hostileValue, extra: fc.option(fc.tuple(fc.string(), hostileValue)) })
    .map(({ key, value, extra }) => {
      const body: Record<string, unknown> = { ...valid(), [key]: value };
      if (extra) Object.defineProperty(body, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
      return body;
    });
}

/** What a request carries: a JSON text (with its content type or another), raw text, or nothing. */
function bodies(valid: () => Record<string, unknown>) {
  const json = fc.oneof(mutated(valid), hostileValue).map((value) => {
    try {
      return JSON.stringify(value) ?? 'null';
    } catch {
      return 'null';
    }
  });
  return fc.record({
    text: fc.option(fc.oneof(json, rawText), { freq: 10 }),
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
  });
}

/** Percent-encodes every byte of the UTF-8 of `segment` that is not unreserved, lone surrogates included. */
function encodeSegment(segment: string): string {
  return Array.from(new TextEncoder().encode(segment), (byte) =>
    /[A-Za-z0-9._~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0').toUpperCase()}`,
  ).join('');
}
const segment = (usual: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, { weight: 2, arbitrary: hostileString }).map(encodeSegment);

describe.each(testDrivers())('hostile input to every mutating endpoint (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let opdServer: OpdServer;
  let admin: SignedInClient;
  let slug: string;
  let goodBundle: Uint8Array;
  /** A form service (TEST_DEFINITION) and a request filed to it, for the forms endpoints. */
  let formSlug: string;
  let filed: Filed;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    opdServer = await startOpdServer();
    app = createApp({ db: database.db, externalOrigins: [opdServer.origin] });
    ({ admin } = await createActors(app, database.db));
    slug = uniqueSlug('target');
    goodBundle = await tarGz(pluginEntries(slug, '1.0.0'));
    await call(app, 'POST', '/services', admin.headers, serviceBody(slug, { opd: 'bpkpd' }));
    await call(app, 'POST', `/services/${slug}/versions`, admin.headers, uploadBody(fakeManifest(slug, '1.0.0'), goodBundle));
    formSlug = await createFormService(app, admin);
    filed = await fileOk(app, formSlug);
  });
  afterAll(async () => {
    opdServer?.close();
    await database?.dispose();
  });

  const runs: string[] = [];
  afterAll(() => console.info(`[hostile-input ${driver}] runs per endpoint: ${runs.join(', ')}`));

  // A refusal leaves the database as it was, so its snapshot is the next request's "before".
  let known: Record<string, string> | null = null;

  /** Sends one request and checks the property; throws on a violation. */
  async function check(method: string, path: string, send: { text: string | null; contentType: string | undefined } | FormData, extra: Record<string, string> = {}) {
    const before = known ?? (await snapshotDatabase(database.db));
    known = null;
    const init: RequestInit = { method, headers: { ...admin.headers, ...extra } };
    if (send instanceof FormData) init.body = send;
    else {
      if (send.text !== null) init.body = send.text;
      if (send.contentType) init.headers = { ...admin.headers, ...extra, 'Content-Type': send.contentType };
    }
    const response = await app.request(`/api/v1${path}`, init);
    const text = await response.text();
    expect(response.status, `${method} ${path.slice(0, 200)} → ${text.slice(0, 300)}`).toBeLessThan(500);
    if (response.status >= 300) {
      expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      const after = await snapshotDatabase(database.db);
      expect(after).toEqual(before);
      known = after;
    }
  }

  /**
   * Runs the property in small chunks until NUM_RUNS or the time budget, but at least MIN_RUNS
   * however busy the machine is; a chunk always finishes its requests.
   */
  async function holds(label: string, property: fc.IAsyncProperty<[string, Parameters<typeof check>[2]]>) {
    known = null;
    const started = Date.now();
    let total = 0;
    while (total < NUM_RUNS && (total < MIN_RUNS || Date.now() - started < BUDGET_MS)) {
      const details = await fc.check(property, { numRuns: Math.min(CHUNK, NUM_RUNS - total) });
      if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
      total += details.numRuns;
    }
    runs.push(`${label} ${total}`);
    expect(total).toBeGreaterThanOrEqual(MIN_RUNS);
  }

  const reason = () => ({ reason: 'Alasan yang sah' });
  const jsonEndpoints: [string, string, (s: string, v: string) => fc.Arbitrary<string>, () => Record<string, unknown>][] = [
    ['POST', '/services', () => fc.constant('/services'), () => serviceBody(uniqueSlug(), { opd: 'bpkpd' })],
    ['PATCH', '/services/{slug}', (s) => segment(s).map((x) => `/services/${x}`), () => ({ keywords: ['x'], summary: { id: 'Ringkas' } })],
    ['POST', '/services/{slug}/disable', (s) => segment(s).map((x) => `/services/${x}/disable`), reason],
    ['POST', '/services/{slug}/enable', (s) => segment(s).map((x) => `/services/${x}/enable`), reason],
    ['POST', '/services/{slug}/versions/{version}/approve', (s, v) => fc.tuple(segment(s), segment(v)).map(([x, y]) => `/services/${x}/versions/${y}/approve`), () => ({ note: 'Catatan' })],
    ['POST', '/services/{slug}/versions/{version}/reject', (s, v) => fc.tuple(segment(s), segment(v)).map(([x, y]) => `/services/${x}/versions/${y}/reject`), reason],
    ['POST', '/services/{slug}/versions/{version}/activate', (s, v) => fc.tuple(segment(s), segment(v)).map(([x, y]) => `/services/${x}/versions/${y}/activate`), () => ({})],
    ['POST', '/users', () => fc.constant('/users'), () => ({ email: `${uniqueSlug('w')}@uji.id`, name: 'Warga', role: 'citizen', password: 'kata-sandi-panjang-1' })],
    ['POST', '/tokens', () => fc.constant('/tokens'), () => ({ name: 'CI', expiresInDays: 30 })],
    ['DELETE', '/tokens/{id}', () => fc.oneof(fc.uuid(), hostileString).map((x) => `/tokens/${encodeSegment(x)}`), () => ({})],
    ['POST', '/opds', () => fc.constant('/opds'), () => ({ slug: uniqueSlug('dinas'), name: 'Dinas Uji', shortName: 'DU' })],
    [
      'POST',
      '/services/{slug}/versions/external',
      (s) => segment(s).map((x) => `/services/${x}/versions/external`),
      () => ({ manifest: JSON.stringify(fakeManifest(slug, '3.0.0')), entryUrl: opdServer.entryUrl(slug, '3.0.0') }),
    ],
    ['POST', '/services/{slug}/upstreams', (s) => segment(s).map((x) => `/services/${x}/upstreams`), () => ({ url: 'https://layanan.bpkpd.mojokertokota.go.id/api' })],
    ['POST', '/services/{slug}/upstreams/{id}/approve', (s) => fc.tuple(segment(s), fc.oneof(fc.uuid(), hostileString)).map(([x, id]) => `/services/${x}/upstreams/${encodeSegment(id)}/approve`), () => ({})],
    ['POST', '/services/{slug}/upstreams/{id}/reject', (s) => fc.tuple(segment(s), fc.oneof(fc.uuid(), hostileString)).map(([x, id]) => `/services/${x}/upstreams/${encodeSegment(id)}/reject`), reason],
    ['POST', '/telemetry/plugin-failures', () => fc.constant('/telemetry/plugin-failures'), () => ({ slug, version: null, phase: 'load', message: 'Gagal memuat', reportedByCitizen: false })],
    ['POST', '/telemetry/opens', () => fc.constant('/telemetry/opens'), () => ({ slug, event: 'open' })],
    ['PUT', '/services/{slug}/link-embed', (s) => segment(s).map((x) => `/services/${x}/link-embed`), () => ({ linkEmbed: { sandbox: ['allow-scripts'] } })],
    ['PATCH', '/opds/{slug}', () => segment('dishub').map((x) => `/opds/${x}`), () => ({ name: 'Dinas Perhubungan', shortName: 'Dishub' })],
  ];

  // The forms (issue 6): the filing carries a fresh or a hostile Idempotency-Key, the verifier endpoints a verifier.
  const idempotencyKey = fc.oneof({ weight: 3, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom('pendek', 'a'.repeat(101), 'kunci dengan spasi', 'kunci\u00e9-panjang') });
  const verifier = () => fc.oneof(fc.constant(filed.verifier), fc.constantFrom('SALAH123', '', 'x'.repeat(41)));
  const formEndpoints: [string, string, () => fc.Arbitrary<string>, () => Record<string, unknown>, () => fc.Arbitrary<Record<string, string>>][] = [
    ['PUT', '/services/{slug}/form', () => segment(formSlug).map((x) => `/services/${x}/form`), () => ({ definition: TEST_DEFINITION, processingDays: 3 }), () => fc.constant({})],
    [
      'POST',
      '/forms/{slug}/requests',
      () => segment(formSlug).map((x) => `/forms/${x}/requests`),
      () => ({ definitionVersion: 1, values: validValues() }),
      () => idempotencyKey.map((key) => ({ 'Idempotency-Key': key })),
    ],
    ['POST', '/requests/status', () => fc.constant('/requests/status'), () => ({ items: [{ trackingCode: filed.trackingCode, verifier: filed.verifier }] }), () => fc.constant({})],
    [
      'POST',
      '/requests/{trackingCode}/rating',
      () => segment(filed.trackingCode).map((x) => `/requests/${x}/rating`),
      () => ({ scores: { persyaratan: 4, prosedur: 4, waktu: 3, biaya: 4, produk: 4, kompetensi: 3, perilaku: 4, pengaduan: 3, sarana: 4 }, comment: 'Baik' }),
      () => verifier().map((v) => ({ 'X-Verifier': v })),
    ],
    [
      'POST',
      '/services/{slug}/requests/{trackingCode}/transitions',
      () => fc.tuple(segment(formSlug), segment(filed.trackingCode)).map(([x, y]) => `/services/${x}/requests/${y}/transitions`),
      () => ({ from: 'diterima', to: 'diverifikasi', note: 'Lengkap' }),
      () => fc.constant({}),
    ],
    ['POST', '/auth/register', () => fc.constant('/auth/register'), () => ({ name: 'Warga', email: `${uniqueSlug('daftar')}@contoh.id`, password: 'kata-sandi-ok' }), () => fc.constant({})],
  ];
  for (const [method, route, paths, valid, headers] of formEndpoints) {
    it(`${method} ${route}: never a 5xx, and a refusal changes nothing`, async () => {
      await holds(`${method} ${route}`, fc.asyncProperty(fc.tuple(paths(), headers()).map(([path, extra]) => `${JSON.stringify(extra)}\n${path}`), bodies(valid), (packed, send) => {
        const at = packed.indexOf('\n');
        return check(method, packed.slice(at + 1), send, JSON.parse(packed.slice(0, at)) as Record<string, string>);
      }));
    }, TEST_TIMEOUT_MS);
  }

  it('POST /forms/{slug}/uploads and officer attachments: never a 5xx for any multipart, and a refusal changes nothing', async () => {
    const bytes = fc.oneof(fc.constant(PNG), fc.constant(PDF), fc.constant(HTML), fc.uint8Array({ maxLength: 2048 }), fc.nat({ max: PNG.byteLength }).map((cut) => PNG.subarray(0, cut)));
    const form = fc
      .record({
        field: fc.option(fc.oneof(fc.constantFrom('berkas', 'nama', 'tidak_ada'), fc.string()), { freq: 8 }),
        file: fc.option(fc.tuple(bytes, fc.oneof(fc.constantFrom('a.png', 'surat.pdf', '../../etc/passwd', ''), fc.string()), fc.constantFrom('image/png', 'application/pdf', 'text/html', '')), { freq: 8 }),
        extra: fc.option(fc.tuple(fc.string(), fc.string()), { freq: 4 }),
      })
      .map(({ field, file, extra }) => {
        const data = new FormData();
        if (field !== null) data.set('field', field);
        if (file !== null) data.set('file', new File([new Uint8Array(file[0])], file[1], { type: file[2] }));
        if (extra) data.append(extra[0], extra[1]);
        return data;
      });
    const paths = fc.oneof(
      segment(formSlug).map((x) => `/forms/${x}/uploads`),
      fc.tuple(segment(formSlug), segment(filed.trackingCode)).map(([x, y]) => `/services/${x}/requests/${y}/attachments`),
    );
    const sends: fc.Arbitrary<Parameters<typeof check>[2]> = fc.oneof(
      { weight: 4, arbitrary: form as fc.Arbitrary<Parameters<typeof check>[2]> },
      { weight: 1, arbitrary: bodies(() => ({ field: 'berkas' })) },
    );
    await holds('POST forms uploads/attachments', fc.asyncProperty(paths, sends, (path, send) => check('POST', path, send)));
  }, TEST_TIMEOUT_MS);

  for (const [method, route, paths, valid] of jsonEndpoints) {
    it(`${method} ${route}: never a 5xx, and a refusal changes nothing`, async () => {
      await holds(`${method} ${route}`, fc.asyncProperty(paths(slug, '1.0.0'), bodies(valid), (path, send) => check(method, path, send)));
    }, TEST_TIMEOUT_MS);
  }

  it('POST /services/{slug}/versions: never a 5xx for any multipart, and a refusal changes nothing', async () => {
    const manifestText = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      mutated(() => fakeManifest(slug, '2.0.0')).map((value) => JSON.stringify(value)),
      fc.constant(JSON.stringify(fakeManifest(slug, '2.0.0'))),
    );
    const bundle = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.uint8Array({ maxLength: 4096 }).map((bytes) => new Uint8Array(gzipSync(bytes))),
      fc.nat({ max: goodBundle.byteLength }).map((cut) => goodBundle.subarray(0, cut)),
      fc.constant(goodBundle),
    );
    const form = fc
      .record({ manifest: fc.option(manifestText, { freq: 8 }), bundle: fc.option(bundle, { freq: 8 }), extra: fc.option(fc.tuple(fc.string(), fc.string()), { freq: 4 }) })
      .map(({ manifest, bundle, extra }) => {
        const data = new FormData();
        if (manifest !== null) data.set('manifest', manifest);
        if (bundle !== null) data.set('bundle', new Blob([bundle as Uint8Array<ArrayBuffer>]), 'bundle.tgz');
        if (extra) data.append(extra[0], extra[1]);
        return data;
      });
    const paths = segment(slug).map((x) => `/services/${x}/versions`);
    const sends: fc.Arbitrary<Parameters<typeof check>[2]> = fc.oneof(
      { weight: 4, arbitrary: form as fc.Arbitrary<Parameters<typeof check>[2]> },
      { weight: 1, arbitrary: bodies(() => ({ manifest: '{}' })) },
    );
    await holds('POST /services/{slug}/versions', fc.asyncProperty(paths, sends, (path, send) => check('POST', path, send)));
  }, TEST_TIMEOUT_MS);
});
