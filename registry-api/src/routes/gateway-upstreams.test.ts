import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog } from '../db/schema';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type Upstream = { id: string; url: string; status: string; reviewNote: string | null };

describe.each(testDrivers())('gateway upstreams API (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;
  /** One service for all the refusals: a refusal leaves it as it was. */
  let refused: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    actors = await createActors(app, database.db);
  });
  afterAll(() => database?.dispose());

  async function bpkpdService() {
    const slug = uniqueSlug('hulu');
    const created = await call(app, 'POST', '/services', actors.admin.headers, serviceBody(slug, { opd: 'bpkpd' }));
    expect(created.status).toBe(201);
    return slug;
  }
  async function propose(slug: string, url: string) {
    const response = await call(app, 'POST', `/services/${slug}/upstreams`, actors.publisher.headers, { url, note: 'server baru' });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Upstream;
  }
  const list = async (slug: string) => ((await (await call(app, 'GET', `/services/${slug}/upstreams`, actors.publisher.headers)).json()) as { items: Upstream[] }).items;

  it('keeps a proposal pending, normalised, and audits it', async () => {
    const slug = await bpkpdService();
    const proposal = await propose(slug, ' https://API.bpkpd.uji.go.id/pbb/ ');
    expect(proposal).toMatchObject({ url: 'https://api.bpkpd.uji.go.id/pbb', status: 'pending' });
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'gateway.upstream.propose')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.after).toMatchObject({ slug, upstreamId: proposal.id, url: proposal.url });
  });

  it('approving one retires the previously approved one; only one is ever approved', async () => {
    const slug = await bpkpdService();
    const first = await propose(slug, 'https://satu.bpkpd.uji.go.id');
    const second = await propose(slug, 'http://10.0.0.2:8080/api');
    expect((await call(app, 'POST', `/services/${slug}/upstreams/${first.id}/approve`, actors.admin.headers)).status).toBe(200);
    expect((await call(app, 'POST', `/services/${slug}/upstreams/${second.id}/approve`, actors.admin.headers)).status).toBe(200);
    const statuses = Object.fromEntries((await list(slug)).map((upstream) => [upstream.url, upstream.status]));
    expect(statuses).toEqual({ 'https://satu.bpkpd.uji.go.id': 'retired', 'http://10.0.0.2:8080/api': 'approved' });
    const audits = await database.db
      .select({ before: auditLog.before })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'gateway.upstream.approve'), eq(auditLog.targetType, 'service')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audits[0]?.before).toMatchObject({ approvedUrl: 'https://satu.bpkpd.uji.go.id' });
    // Reviewed once: a second review is a conflict and changes nothing.
    const before = await snapshotDatabase(database.db);
    expect((await errorOf(await call(app, 'POST', `/services/${slug}/upstreams/${first.id}/reject`, actors.admin.headers, { reason: 'terlambat' }))).status).toBe(409);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it('rejects with a reason', async () => {
    const slug = await bpkpdService();
    const proposal = await propose(slug, 'https://salah.example.org');
    const response = await call(app, 'POST', `/services/${slug}/upstreams/${proposal.id}/reject`, actors.admin.headers, { reason: 'Bukan server OPD' });
    expect(await response.json()).toMatchObject({ status: 'rejected', reviewNote: 'Bukan server OPD' });
  });

  it.each([
    ['ftp://files.bpkpd.uji.go.id', /http:\/\/ or https:\/\//],
    ['javascript:alert(1)', /http:\/\/ or https:\/\//],
    ['bpkpd.uji.go.id/api', /absolute/],
    ['https://admin:rahasia@api.bpkpd.uji.go.id', /user name or password/],
    ['https://api.bpkpd.uji.go.id/pbb?kunci=1', /query/],
    ['https://api.bpkpd.uji.go.id/pbb#x', /fragment/],
    ['https://api.bpkpd.uji.go.id/a%2f..', /plain path/],
    [`https://api.bpkpd.uji.go.id/${'a'.repeat(2100)}`, /2000|too big|Too big/i],
  ])('refuses the upstream %s with 400, writing nothing', async (url, message) => {
    refused ??= await bpkpdService();
    const slug = refused;
    const before = await snapshotDatabase(database.db);
    const error = await errorOf(await call(app, 'POST', `/services/${slug}/upstreams`, actors.publisher.headers, { url }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it('answers 404 for an unknown service or proposal, 400 for an id that is not one', async () => {
    const slug = await bpkpdService();
    expect((await errorOf(await call(app, 'POST', '/services/tidak-ada/upstreams', actors.admin.headers, { url: 'https://a.example' }))).status).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await errorOf(await call(app, 'POST', `/services/${slug}/upstreams/${unknown}/approve`, actors.admin.headers))).status).toBe(404);
    expect((await errorOf(await call(app, 'POST', `/services/${slug}/upstreams/bukan-id/approve`, actors.admin.headers))).status).toBe(400);
  });

  it("lists a service's upstreams for its OPD's publishers and admins, not for others", async () => {
    const slug = await bpkpdService();
    await propose(slug, 'https://api.bpkpd.uji.go.id');
    expect(await list(slug)).toHaveLength(1);
    expect((await call(app, 'GET', `/services/${slug}/upstreams`, actors.admin.headers)).status).toBe(200);
    expect((await call(app, 'GET', `/services/${slug}/upstreams`, actors.otherPublisher.headers)).status).toBe(403);
    expect((await call(app, 'GET', `/services/${slug}/upstreams`, actors.citizen.headers)).status).toBe(403);
    expect((await call(app, 'GET', `/services/${slug}/upstreams`)).status).toBe(401);
  });
});
