// The demo back ends on start: a real port on 127.0.0.1, the service's approved upstream pointed
// at it with an audit row, re-pointed when the port changes, and reached through the real gateway.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { auditLog, serviceUpstreams, services } from '../db/schema';
import { DatabaseBundleStore } from '../domain/bundles/bundle-store';
import { publishVersion } from '../domain/bundles/publish-version';
import { fakeManifest, fakePluginFiles } from '../test-support/fake-plugin';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { approveDemoUpstream, DEMO_BACKENDS_ACTOR, demoBackendsWanted, startDemoBackends, type DemoBackends } from './demo-backends';
import { seedDemoCity } from './seed-demo-city';

const KNOWN_NOP = '357602000500100010';

describe.each(testDrivers())('demo back ends (%s)', (driver) => {
  let database: TestDatabase;
  let running: DemoBackends | null = null;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    // The seed's built-plugin step, with a stand-in bundle: the gateway forwards only for an active approved version.
    await publishVersion(database.db, new DatabaseBundleStore(database.db), {
      slug: 'cek-pbb',
      manifest: fakeManifest('cek-pbb', '1.0.0'),
      files: fakePluginFiles('cek-pbb', '1.0.0'),
      status: 'approved',
      activate: true,
    });
  });
  afterAll(async () => {
    await running?.close();
    await database?.dispose();
  });

  async function cekPbbUpstreams() {
    const [service] = await database.db.select({ id: services.id }).from(services).where(eq(services.slug, 'cek-pbb'));
    const rows = await database.db.select().from(serviceUpstreams).where(eq(serviceUpstreams.serviceId, service?.id ?? ''));
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, service?.id ?? ''), eq(auditLog.actorLabel, DEMO_BACKENDS_ACTOR)));
    return { rows, audits };
  }

  it('serves Cek PBB’s back end on 127.0.0.1 and makes it the approved upstream, with an audit row', async () => {
    running = await startDemoBackends(database.db);
    const started = running.started.find((backend) => backend.slug === 'cek-pbb');
    expect(started).toMatchObject({ upstream: 'approved' });
    expect(started?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const direct = await fetch(`${started?.url}/objek/${KNOWN_NOP}`);
    expect(direct.status).toBe(200);

    const { rows, audits } = await cekPbbUpstreams();
    expect(rows.filter((row) => row.status === 'approved').map((row) => row.url)).toEqual([started?.url]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'gateway.upstream.approve', actorId: null, after: { url: started?.url } });
  });

  it('is what the real gateway forwards to', async () => {
    const app = createApp({ db: database.db });
    const found = await app.request(`/api/v1/gateway/cek-pbb/objek/${KNOWN_NOP}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ nop: '35.76.020.005.001-0001.0', owner: 'Su**** Ri****' });
    const malformed = await app.request('/api/v1/gateway/cek-pbb/objek/12345');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'invalid_nop' } });
  });

  it('writes nothing when the port is unchanged, and re-points (retiring the old one) when it moved', async () => {
    const url = running?.started[0]?.url ?? '';
    expect(await approveDemoUpstream(database.db, 'cek-pbb', url)).toBe('unchanged');
    expect((await cekPbbUpstreams()).audits).toHaveLength(1);

    const again = await startDemoBackends(database.db, [{ slug: 'cek-pbb', create: () => new Hono().get('/', (c) => c.text('baru')) }]);
    try {
      const moved = again.started[0]?.url;
      expect(moved).not.toBe(url);
      const { rows, audits } = await cekPbbUpstreams();
      expect(rows.filter((row) => row.status === 'approved').map((row) => row.url)).toEqual([moved]);
      expect(rows.find((row) => row.url === url)?.status).toBe('retired');
      expect(audits).toHaveLength(2);
    } finally {
      await again.close();
    }
    await expect(fetch(`${again.started[0]?.url}/`)).rejects.toThrow();
  });

  it('skips a pilot the demo city does not have', async () => {
    const other = await startDemoBackends(database.db, [{ slug: 'tidak-ada', create: () => new Hono() }]);
    await other.close();
    expect(other.started).toEqual([{ slug: 'tidak-ada', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/), upstream: 'no-service' }]);
  });
});

describe('demoBackendsWanted', () => {
  it('follows the demo seed unless PALAPA_DEMO_BACKENDS is none', () => {
    expect(demoBackendsWanted('demo', {})).toBe(true);
    expect(demoBackendsWanted('demo', { PALAPA_DEMO_BACKENDS: 'none' })).toBe(false);
    expect(demoBackendsWanted('demo', { PALAPA_DEMO_BACKENDS: ' NONE ' })).toBe(false);
    expect(demoBackendsWanted('none', {})).toBe(false);
  });
});
