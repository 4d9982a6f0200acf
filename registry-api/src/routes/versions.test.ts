import { catalogueListSchema } from '@palapa/sdk';
import { and, desc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog, changeEvents } from '../db/schema';
import { sriHash } from '../domain/bundles/publish-version';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { fakeEntry } from '../test-support/fake-plugin';
import { call, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginUpload } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;

describe.each(testDrivers())('publishing a module service, end to end (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    actors = await createActors(app, database.db);
  });
  afterAll(() => database?.dispose());

  async function catalogueItem(slug: string) {
    const response = await call(app, 'GET', '/catalogue');
    expect(response.status).toBe(200);
    return catalogueListSchema.parse(await response.json()).items.find((item) => item.slug === slug);
  }

  /** Runs one step and returns the audit actions and change events it wrote. */
  async function step(run: () => Promise<Response>, status: number) {
    const [lastAudit] = await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const [lastChange] = await database.db.select({ id: changeEvents.id }).from(changeEvents).orderBy(desc(changeEvents.id)).limit(1);
    const response = await run();
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    const audits = await database.db.select().from(auditLog).where(gt(auditLog.id, lastAudit?.id ?? 0)).orderBy(auditLog.id);
    const changes = await database.db.select().from(changeEvents).where(gt(changeEvents.id, lastChange?.id ?? 0)).orderBy(changeEvents.id);
    return { body, audits: audits.map((row) => row.action), auditRows: audits, changes: changes.map(({ type, payload }) => ({ type, payload })) };
  }

  it('creates, uploads, approves, activates, rolls out, rolls back, disables and enables', async () => {
    const { publisher, admin } = actors;
    const slug = uniqueSlug('pajak-daring');

    const created = await step(() => call(app, 'POST', '/services', publisher.headers, serviceBody(slug)), 201);
    expect(created.body).toMatchObject({ slug, kind: 'module', enabled: true, activeVersion: null, opd: { slug: 'bpkpd' } });
    expect(created.audits).toEqual(['service.create']);
    expect(created.changes).toEqual([{ type: 'catalogue.changed', payload: { slug } }]);
    const listed = await catalogueItem(slug);
    expect(listed).toMatchObject({ slug, version: null });
    expect(listed?.entry).toBeUndefined();

    const uploaded = await step(async () => call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '1.0.0')), 201);
    expect(uploaded.body).toMatchObject({ version: '1.0.0', status: 'pending', active: false, publishedBy: 'penerbit@bpkpd.uji.go.id' });
    expect(uploaded.body.sizeBytes).toBeGreaterThan(0);
    expect(uploaded.audits).toEqual(['version.publish']);
    expect(uploaded.changes).toEqual([]); // a pending version changes nothing citizens see
    expect((await catalogueItem(slug))?.entry).toBeUndefined();

    const versions = await call(app, 'GET', `/services/${slug}/versions`, publisher.headers);
    expect(await versions.json()).toMatchObject({ items: [{ version: '1.0.0', status: 'pending', active: false }] });

    const approved = await step(() => call(app, 'POST', `/services/${slug}/versions/1.0.0/approve`, admin.headers), 200);
    expect(approved.body).toMatchObject({ status: 'approved', reviewedBy: 'admin@uji.go.id' });
    expect(approved.audits).toEqual(['version.approve']);
    expect(approved.changes).toEqual([]);

    const activated = await step(() => call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers), 200);
    expect(activated.body).toMatchObject({ version: '1.0.0', active: true });
    expect(activated.audits).toEqual(['version.activate']);
    expect(activated.changes).toEqual([
      { type: 'version.activated', payload: { slug, version: '1.0.0' } },
      { type: 'catalogue.changed', payload: { slug } },
    ]);
    const live = await catalogueItem(slug);
    expect(live?.version).toBe('1.0.0');
    expect(live?.entry).toEqual({
      url: `/bundles/${slug}/1.0.0/remoteEntry.js`,
      integrity: sriHash(fakeEntry(slug, '1.0.0')),
      remote: `palapa_${slug.replaceAll('-', '_')}`,
      // The approved manifest asks for nothing, so the shell hands this plugin no user.
      permissions: [],
    });
    const served = await app.request(live?.entry?.url ?? '/');
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(fakeEntry(slug, '1.0.0'));

    // Rollout: 1.1.0 goes through the same review.
    await step(async () => call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '1.1.0')), 201);
    await step(() => call(app, 'POST', `/services/${slug}/versions/1.1.0/approve`, admin.headers), 200);
    const rollout = await step(() => call(app, 'POST', `/services/${slug}/versions/1.1.0/activate`, admin.headers), 200);
    expect(rollout.auditRows[0]).toMatchObject({ before: { slug, activeVersion: '1.0.0' }, after: { slug, activeVersion: '1.1.0' } });
    expect((await catalogueItem(slug))?.version).toBe('1.1.0');

    // Rollback: activating the older approved version.
    const rollback = await step(() => call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers), 200);
    expect(rollback.changes[0]).toEqual({ type: 'version.activated', payload: { slug, version: '1.0.0' } });
    expect((await catalogueItem(slug))?.entry?.url).toBe(`/bundles/${slug}/1.0.0/remoteEntry.js`);
    const history = (await (await call(app, 'GET', `/services/${slug}/versions`, admin.headers)).json()) as { items: { version: string; active: boolean }[] };
    expect(history.items.map(({ version, active }) => ({ version, active }))).toEqual([
      { version: '1.1.0', active: false },
      { version: '1.0.0', active: true },
    ]);

    const reason = 'Gangguan pada server OPD';
    const disabled = await step(() => call(app, 'POST', `/services/${slug}/disable`, admin.headers, { reason }), 200);
    expect(disabled.body).toMatchObject({ slug, enabled: false, activeVersion: '1.0.0' });
    expect(disabled.audits).toEqual(['service.disable']);
    expect(disabled.changes).toEqual([{ type: 'service.disabled', payload: { slug, reason } }]);
    expect(await catalogueItem(slug)).toBeUndefined();
    expect((await call(app, 'GET', `/catalogue/${slug}`)).status).toBe(404);

    const enabled = await step(() => call(app, 'POST', `/services/${slug}/enable`, admin.headers, { reason: 'Sudah pulih' }), 200);
    expect(enabled.audits).toEqual(['service.enable']);
    expect(enabled.changes).toEqual([{ type: 'service.enabled', payload: { slug, reason: 'Sudah pulih' } }]);
    expect((await catalogueItem(slug))?.version).toBe('1.0.0');
    expect((await call(app, 'GET', `/catalogue/${slug}`)).status).toBe(200);

    const trail = await database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.actorLabel, 'admin@uji.go.id (admin)')));
    expect(trail.map((row) => row.action)).toEqual(expect.arrayContaining(['version.approve', 'version.activate', 'service.disable', 'service.enable']));
  });

  it('refuses the same version twice (409) and reviews only pending versions (409)', async () => {
    const { publisher, admin } = actors;
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', publisher.headers, serviceBody(slug));
    expect((await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '1.0.0'))).status).toBe(201);
    const again = await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '1.0.0', 'console.log(2)'));
    expect(again.status).toBe(409);

    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers)).status).toBe(409); // still pending
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/reject`, admin.headers, { reason: 'Tidak memakai preset' })).status).toBe(200);
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/approve`, admin.headers)).status).toBe(409);
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/reject`, admin.headers, { reason: 'lagi' })).status).toBe(409);
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers)).status).toBe(409);
    expect((await call(app, 'POST', `/services/${slug}/versions/9.9.9/approve`, admin.headers)).status).toBe(404);
    const listed = (await (await call(app, 'GET', `/services/${slug}/versions`, admin.headers)).json()) as { items: unknown[] };
    expect(listed.items).toMatchObject([{ version: '1.0.0', status: 'rejected', reviewNote: 'Tidak memakai preset' }]);
  });

  it('lets one of two racing uploads of the same version win, and the other get 409 (never a 500)', async () => {
    const { publisher } = actors;
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', publisher.headers, serviceBody(slug));
    const upload = async () => call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '3.0.0'));
    const statuses = (await Promise.all([upload(), upload(), upload()])).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
    const racingCreates = await Promise.all([1, 2].map(() => call(app, 'POST', '/services', publisher.headers, serviceBody(`${slug}-b`))));
    expect(racingCreates.map((response) => response.status).sort()).toEqual([201, 409]);
  });

  it('activates idempotently: a second activation answers 200 and writes nothing', async () => {
    const { publisher, admin } = actors;
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', publisher.headers, serviceBody(slug));
    await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '2.0.0'));
    await call(app, 'POST', `/services/${slug}/versions/2.0.0/approve`, admin.headers, { note: 'Lolos uji' });
    await step(() => call(app, 'POST', `/services/${slug}/versions/2.0.0/activate`, admin.headers), 200);
    const again = await step(() => call(app, 'POST', `/services/${slug}/versions/2.0.0/activate`, admin.headers), 200);
    expect(again.body).toMatchObject({ version: '2.0.0', active: true, reviewNote: 'Lolos uji' });
    expect(again.audits).toEqual([]);
    expect(again.changes).toEqual([]);
  });

  it('refuses versions for a service that is not a module, and for an unknown service', async () => {
    const { publisher } = actors;
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', publisher.headers, serviceBody(slug, { kind: 'link', linkUrl: 'https://pbb.example.go.id' }));
    expect((await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await pluginUpload(slug, '1.0.0'))).status).toBe(400);
    const unknown = uniqueSlug();
    expect((await call(app, 'POST', `/services/${unknown}/versions`, publisher.headers, await pluginUpload(unknown, '1.0.0'))).status).toBe(404);
  });

  it("shows a service's versions only to its OPD's publishers and to admins", async () => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug));
    const list = (caller: Record<string, string>, path = `/services/${slug}/versions`) => call(app, 'GET', path, caller).then((r) => r.status);
    expect(await list(actors.publisher.headers)).toBe(200);
    expect(await list(actors.admin.headers)).toBe(200);
    expect(await list(actors.otherPublisher.headers)).toBe(403);
    expect(await list(actors.citizen.headers)).toBe(403);
    expect(await list({})).toBe(401);
    expect(await list(actors.admin.headers, '/services/Bukan_Slug/versions')).toBe(400);
    expect(await list(actors.admin.headers, `/services/${uniqueSlug()}/versions`)).toBe(404);
  });

  it('documents every publishing route in the OpenAPI document', async () => {
    const document = (await (await call(app, 'GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/services', 'get'],
      ['/services', 'post'],
      ['/services/{slug}', 'patch'],
      ['/services/{slug}/disable', 'post'],
      ['/services/{slug}/enable', 'post'],
      ['/services/{slug}/versions', 'post'],
      ['/services/{slug}/versions', 'get'],
      ['/services/{slug}/versions/{version}/approve', 'post'],
      ['/services/{slug}/versions/{version}/reject', 'post'],
      ['/services/{slug}/versions/{version}/activate', 'post'],
    ] as const) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
});
