// What the console reads: the approval queue (services with a version waiting for review), each
// version's whole manifest so a reviewer can compare it with the active one, and one service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { call, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginUpload } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;

describe.each(testDrivers())('the console reads (%s)', (driver) => {
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

  async function expectStatus(response: Promise<Response>, status: number) {
    const settled = await response;
    const text = await settled.text();
    expect(settled.status, text).toBe(status);
    return JSON.parse(text) as Record<string, unknown>;
  }

  async function moduleWithVersions(opd: string, ...versions: string[]) {
    const slug = uniqueSlug('antrean');
    await expectStatus(call(app, 'POST', '/services', actors.admin.headers, serviceBody(slug, { opd })), 201);
    for (const version of versions) {
      await expectStatus(call(app, 'POST', `/services/${slug}/versions`, actors.admin.headers, await pluginUpload(slug, version)), 201);
    }
    return slug;
  }

  const slugsOf = (body: Record<string, unknown>) => (body.items as Array<{ slug: string }>).map((item) => item.slug);

  it('lists only services with a pending version, and drops them once reviewed', async () => {
    const waiting = await moduleWithVersions('bpkpd', '1.0.0');
    const reviewed = await moduleWithVersions('bpkpd', '1.0.0');
    const none = await moduleWithVersions('bpkpd');
    await expectStatus(call(app, 'POST', `/services/${reviewed}/versions/1.0.0/approve`, actors.admin.headers), 200);

    const queue = slugsOf(await expectStatus(call(app, 'GET', '/services?review=pending', actors.admin.headers), 200));
    expect(queue).toContain(waiting);
    expect(queue).not.toContain(reviewed);
    expect(queue).not.toContain(none);

    await expectStatus(call(app, 'POST', `/services/${waiting}/versions/1.0.0/reject`, actors.admin.headers, { reason: 'Izin berlebihan' }), 200);
    const after = slugsOf(await expectStatus(call(app, 'GET', '/services?review=pending', actors.admin.headers), 200));
    expect(after).not.toContain(waiting);
  });

  it("keeps a publisher's queue to its own OPD and refuses anonymous callers and citizens", async () => {
    const own = await moduleWithVersions('bpkpd', '1.0.0');
    const other = await moduleWithVersions('dishub', '1.0.0');
    const queue = slugsOf(await expectStatus(call(app, 'GET', '/services?review=pending', actors.publisher.headers), 200));
    expect(queue).toContain(own);
    expect(queue).not.toContain(other);
    await expectStatus(call(app, 'GET', '/services?review=pending'), 401);
    await expectStatus(call(app, 'GET', '/services?review=pending', actors.citizen.headers), 403);
    await expectStatus(call(app, 'GET', '/services?review=everything', actors.admin.headers), 400);
  });

  it("shows one service to its OPD's publishers and admins only", async () => {
    const slug = await moduleWithVersions('bpkpd');
    await expectStatus(call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, { reason: 'Uji konsol' }), 200);
    expect(await expectStatus(call(app, 'GET', `/services/${slug}`, actors.publisher.headers), 200)).toMatchObject({ slug, enabled: false, opd: { slug: 'bpkpd' } });
    await expectStatus(call(app, 'GET', `/services/${slug}`, actors.admin.headers), 200);
    await expectStatus(call(app, 'GET', `/services/${slug}`, actors.otherPublisher.headers), 403);
    await expectStatus(call(app, 'GET', `/services/${slug}`, actors.citizen.headers), 403);
    await expectStatus(call(app, 'GET', `/services/${slug}`), 401);
    await expectStatus(call(app, 'GET', '/services/tidak-ada', actors.admin.headers), 404);
  });

  it('returns each version with its whole manifest', async () => {
    const slug = await moduleWithVersions('bpkpd', '1.0.0', '1.1.0');
    const body = await expectStatus(call(app, 'GET', `/services/${slug}/versions`, actors.admin.headers), 200);
    const items = body.items as Array<{ version: string; manifest: Record<string, unknown> }>;
    expect(items.map((item) => [item.version, item.manifest.version, item.manifest.slug])).toEqual([
      ['1.1.0', '1.1.0', slug],
      ['1.0.0', '1.0.0', slug],
    ]);
  });
});
