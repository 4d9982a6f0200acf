// Every mutating endpoint of /api/v1 × every kind of caller: the expected status, and after every
// refusal a database exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { call, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { fakeManifest } from '../test-support/fake-plugin';
import { attachmentBody, createFormService, fileOk, newKey, PDF, PNG, TEST_DEFINITION, uploadBody, validValues } from '../test-support/forms-fixtures';
import { startOpdServer, type OpdServer } from '../test-support/opd-server';
import { pluginUpload } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

const CALLERS = ['anonymous', 'citizen', 'publisher', 'otherPublisher', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Expected = Record<Caller, number>;

/** The service under test belongs to BPKPD, the OPD of `publisher`; `otherPublisher` is Dishub's. */
const OWN_OPD_STAFF = (ok: number): Expected => ({ anonymous: 401, citizen: 403, publisher: ok, otherPublisher: 403, admin: ok });
const ADMIN_ONLY = (ok: number): Expected => ({ anonymous: 401, citizen: 403, publisher: 403, otherPublisher: 403, admin: ok });
const EVERYONE = (ok: number): Expected => ({ anonymous: ok, citizen: ok, publisher: ok, otherPublisher: ok, admin: ok });

/**
 * Public by design: signing in is how a caller stops being anonymous, signing out ends only one's own
 * session; any shell, signed in or not, reports plugin failures and counts service opens (telemetry,
 * not a governance change).
 */
const EXEMPT = new Set([
  'POST /auth/sign-in',
  'POST /auth/sign-out',
  'POST /telemetry/plugin-failures',
  'POST /telemetry/opens',
  // Opening a citizen account is how a caller gets one (rate-limited, tested in forms-accounts.test.ts).
  'POST /auth/register',
  // A read sent as POST, so that the verifiers stay out of URLs and access logs.
  'POST /requests/status',
]);

interface Target {
  path: string;
  body?: () => unknown;
  /** Headers besides the caller's (an Idempotency-Key, a verifier). */
  headers?: () => Record<string, string>;
}
interface Case {
  route: string;
  expected: Expected;
  /** Fresh target data for one request (a success consumes it). */
  target: () => Promise<Target>;
}

type Actors = Awaited<ReturnType<typeof createActors>>;

describe.each(testDrivers())('authorization matrix (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;
  let opdServer: OpdServer;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    opdServer = await startOpdServer();
    app = createApp({ db: database.db, externalOrigins: [opdServer.origin] });
    actors = await createActors(app, database.db);
  });
  afterAll(async () => {
    opdServer?.close();
    await database?.dispose();
  });

  const headersOf = (caller: Caller) => (caller === 'anonymous' ? {} : actors[caller].headers);

  async function ok(response: Response | Promise<Response>) {
    const settled = await response;
    if (settled.status >= 300) throw new Error(`setup failed: ${settled.status} ${await settled.text()}`);
    return (await settled.json()) as Record<string, unknown>;
  }
  async function bpkpdModule() {
    const slug = uniqueSlug('matriks');
    await ok(call(app, 'POST', '/services', actors.admin.headers, serviceBody(slug, { opd: 'bpkpd' })));
    return slug;
  }
  async function pendingVersion() {
    const slug = await bpkpdModule();
    await ok(call(app, 'POST', `/services/${slug}/versions`, actors.publisher.headers, await pluginUpload(slug, '1.0.0')));
    return slug;
  }
  /** The path of a pending upstream proposal for a fresh BPKPD service. */
  async function proposedUpstream() {
    const slug = await bpkpdModule();
    const proposal = await ok(call(app, 'POST', `/services/${slug}/upstreams`, actors.publisher.headers, { url: 'https://api.bpkpd.uji.go.id/pbb' }));
    return `/services/${slug}/upstreams/${String(proposal.id)}`;
  }
  /** A BPKPD form service with a definition, and a request filed to it. */
  async function filedRequest() {
    const slug = await createFormService(app, actors.admin);
    return { slug, filed: await fileOk(app, slug) };
  }
  async function approvedVersion() {
    const slug = await pendingVersion();
    await ok(call(app, 'POST', `/services/${slug}/versions/1.0.0/approve`, actors.admin.headers));
    return slug;
  }

  const cases: Case[] = [
    { route: 'POST /services', expected: OWN_OPD_STAFF(201), target: async () => ({ path: '/services', body: () => serviceBody(uniqueSlug('baru'), { opd: 'bpkpd' }) }) },
    {
      route: 'PATCH /services/{slug}',
      expected: OWN_OPD_STAFF(200),
      target: async () => ({ path: `/services/${await bpkpdModule()}`, body: () => ({ keywords: ['diubah'] }) }),
    },
    {
      route: 'POST /services/{slug}/versions',
      expected: OWN_OPD_STAFF(201),
      target: async () => {
        const slug = await bpkpdModule();
        return { path: `/services/${slug}/versions`, body: () => pluginUpload(slug, '1.0.0') };
      },
    },
    {
      route: 'POST /services/{slug}/versions/external',
      expected: OWN_OPD_STAFF(201),
      target: async () => {
        const slug = await bpkpdModule();
        const body = { manifest: JSON.stringify(fakeManifest(slug, '1.0.0')), entryUrl: opdServer.entryUrl(slug, '1.0.0') };
        return { path: `/services/${slug}/versions/external`, body: () => body };
      },
    },
    { route: 'POST /services/{slug}/versions/{version}/approve', expected: ADMIN_ONLY(200), target: async () => ({ path: `/services/${await pendingVersion()}/versions/1.0.0/approve` }) },
    {
      route: 'POST /services/{slug}/versions/{version}/reject',
      expected: ADMIN_ONLY(200),
      target: async () => ({ path: `/services/${await pendingVersion()}/versions/1.0.0/reject`, body: () => ({ reason: 'Belum memenuhi standar' }) }),
    },
    { route: 'POST /services/{slug}/versions/{version}/activate', expected: ADMIN_ONLY(200), target: async () => ({ path: `/services/${await approvedVersion()}/versions/1.0.0/activate` }) },
    {
      route: 'POST /services/{slug}/disable',
      expected: ADMIN_ONLY(200),
      target: async () => ({ path: `/services/${await bpkpdModule()}/disable`, body: () => ({ reason: 'Gangguan layanan' }) }),
    },
    {
      route: 'POST /services/{slug}/enable',
      expected: ADMIN_ONLY(200),
      target: async () => {
        const slug = await bpkpdModule();
        await ok(call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, { reason: 'Gangguan layanan' }));
        return { path: `/services/${slug}/enable`, body: () => ({ reason: 'Sudah pulih' }) };
      },
    },
    {
      route: 'POST /users',
      expected: ADMIN_ONLY(201),
      target: async () => ({ path: '/users', body: () => ({ email: `${uniqueSlug('warga')}@uji.id`, name: 'Warga Baru', role: 'citizen', password: 'kata-sandi-panjang-1' }) }),
    },
    {
      route: 'POST /tokens',
      expected: { anonymous: 401, citizen: 403, publisher: 201, otherPublisher: 201, admin: 201 },
      target: async () => ({ path: '/tokens', body: () => ({ name: 'CI matriks' }) }),
    },
    {
      route: 'DELETE /tokens/{id}',
      // Another OPD's publisher cannot see the token at all: not found, not forbidden.
      expected: { anonymous: 401, citizen: 403, publisher: 200, otherPublisher: 404, admin: 200 },
      target: async () => {
        const token = await ok(call(app, 'POST', '/tokens', actors.publisher.headers, { name: 'CI BPKPD' }));
        return { path: `/tokens/${String(token.id)}` };
      },
    },
    {
      route: 'POST /opds',
      expected: ADMIN_ONLY(201),
      target: async () => ({ path: '/opds', body: () => ({ slug: uniqueSlug('dinas'), name: 'Dinas Uji Matriks', shortName: 'DUM' }) }),
    },
    {
      route: 'PATCH /opds/{slug}',
      expected: ADMIN_ONLY(200),
      target: async () => {
        const slug = uniqueSlug('dinas');
        await ok(call(app, 'POST', '/opds', actors.admin.headers, { slug, name: 'Dinas Uji Matriks', shortName: 'DUM' }));
        return { path: `/opds/${slug}`, body: () => ({ shortName: 'DUM2' }) };
      },
    },
    {
      route: 'POST /services/{slug}/upstreams',
      expected: OWN_OPD_STAFF(201),
      target: async () => ({ path: `/services/${await bpkpdModule()}/upstreams`, body: () => ({ url: 'https://api.bpkpd.uji.go.id/pbb' }) }),
    },
    { route: 'POST /services/{slug}/upstreams/{id}/approve', expected: ADMIN_ONLY(200), target: async () => ({ path: `${await proposedUpstream()}/approve` }) },
    {
      route: 'PUT /services/{slug}/link-embed',
      expected: ADMIN_ONLY(200),
      target: async () => {
        const slug = uniqueSlug('tautan');
        await ok(call(app, 'POST', '/services', actors.admin.headers, serviceBody(slug, { opd: 'bpkpd', kind: 'link', linkUrl: 'https://pbb.uji.go.id/' })));
        return { path: `/services/${slug}/link-embed`, body: () => ({ linkEmbed: { sandbox: ['allow-scripts', 'allow-forms'] } }) };
      },
    },
    {
      route: 'POST /services/{slug}/upstreams/{id}/reject',
      expected: ADMIN_ONLY(200),
      target: async () => ({ path: `${await proposedUpstream()}/reject`, body: () => ({ reason: 'Bukan server OPD' }) }),
    },
    {
      route: 'PUT /services/{slug}/form',
      expected: OWN_OPD_STAFF(201),
      target: async () => {
        const slug = uniqueSlug('formulir');
        await ok(call(app, 'POST', '/services', actors.admin.headers, serviceBody(slug, { opd: 'bpkpd', kind: 'form' })));
        return { path: `/services/${slug}/form`, body: () => ({ definition: TEST_DEFINITION, processingDays: 5 }) };
      },
    },
    // Citizens' side: public by design (anyone may file), each write audited like any other.
    {
      route: 'POST /forms/{slug}/uploads',
      expected: EVERYONE(201),
      target: async () => ({ path: `/forms/${await createFormService(app, actors.admin)}/uploads`, body: () => uploadBody('berkas', PNG, 'foto.png', 'image/png') }),
    },
    {
      route: 'POST /forms/{slug}/requests',
      expected: EVERYONE(201),
      target: async () => ({
        path: `/forms/${await createFormService(app, actors.admin)}/requests`,
        body: () => ({ definitionVersion: 1, values: validValues() }),
        headers: () => ({ 'Idempotency-Key': newKey() }),
      }),
    },
    {
      route: 'POST /requests/{trackingCode}/rating',
      // The verifier is the credential: whoever holds it may rate, signed in or not.
      expected: EVERYONE(201),
      target: async () => {
        const { slug, filed } = await filedRequest();
        for (const [from, to] of [['diterima', 'diverifikasi'], ['diverifikasi', 'diproses'], ['diproses', 'selesai']]) {
          await ok(call(app, 'POST', `/services/${slug}/requests/${filed.trackingCode}/transitions`, actors.admin.headers, { from, to }));
        }
        const scores = { persyaratan: 4, prosedur: 4, waktu: 3, biaya: 4, produk: 4, kompetensi: 3, perilaku: 4, pengaduan: 3, sarana: 4 };
        return { path: `/requests/${filed.trackingCode}/rating`, body: () => ({ scores }), headers: () => ({ 'X-Verifier': filed.verifier }) };
      },
    },
    {
      route: 'POST /services/{slug}/requests/{trackingCode}/attachments',
      expected: OWN_OPD_STAFF(201),
      target: async () => {
        const { slug, filed } = await filedRequest();
        return { path: `/services/${slug}/requests/${filed.trackingCode}/attachments`, body: () => attachmentBody(PDF, 'surat.pdf', 'application/pdf') };
      },
    },
    {
      route: 'POST /services/{slug}/requests/{trackingCode}/transitions',
      expected: OWN_OPD_STAFF(200),
      target: async () => {
        const { slug, filed } = await filedRequest();
        return { path: `/services/${slug}/requests/${filed.trackingCode}/transitions`, body: () => ({ from: 'diterima', to: 'diverifikasi', note: 'Berkas lengkap' }) };
      },
    },
  ];

  it('covers every mutating operation in the OpenAPI document', async () => {
    const document = (await (await call(app, 'GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.filter((route) => !EXEMPT.has(route)).sort()).toEqual(cases.map((c) => c.route).sort());
  });

  for (const { route, expected, target } of cases) {
    it.each(CALLERS)(`${route} as %s`, async (caller) => {
      const { path, body, headers } = await target();
      const before = await snapshotDatabase(database.db);
      const response = await call(app, route.split(' ')[0] ?? 'POST', path, { ...headersOf(caller), ...headers?.() }, await body?.());
      const text = await response.text();
      expect(response.status, text).toBe(expected[caller]);
      const after = await snapshotDatabase(database.db);
      if (response.status >= 400) {
        expect(after).toEqual(before);
        expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      } else {
        // Every allowed mutation leaves an audit row.
        expect(Number(after['max(audit_log.id)'])).toBeGreaterThan(Number(before['max(audit_log.id)']));
      }
    });
  }
});
