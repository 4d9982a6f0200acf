import { serviceDetailSchema } from '@palapa/sdk';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog, changeEvents, services } from '../db/schema';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { expectRefusal as expectRefusalWithoutChange } from '../test-support/expect-refusal';
import { call, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type StaffService = { slug: string; linkUrl: string | null; linkEmbed: { sandbox: string[] } | null };

describe.each(testDrivers())('embedding link services (%s)', (driver) => {
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

  /** A BPKPD link service, created by its publisher. */
  async function linkService(linkUrl = 'https://pbb.example.go.id/cek') {
    const slug = uniqueSlug('tautan');
    const response = await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'link', linkUrl }));
    expect(response.status, await response.clone().text()).toBe(201);
    return slug;
  }
  const embed = (slug: string, linkEmbed: unknown, headers = actors.admin.headers) => call(app, 'PUT', `/services/${slug}/link-embed`, headers, { linkEmbed });
  const detail = async (slug: string) => serviceDetailSchema.parse(await (await call(app, 'GET', `/catalogue/${slug}`)).json());

  const expectRefusal = (response: Promise<Response>, status: number, message: RegExp) =>
    expectRefusalWithoutChange(database.db, response, { status, message });

  it('lets an admin embed a link service: tokens de-duplicated in one order, audited, in the catalogue at once', async () => {
    const slug = await linkService();
    expect((await detail(slug)).linkEmbed).toBeNull();
    const response = await embed(slug, { sandbox: ['allow-forms', 'allow-scripts', 'allow-forms'] });
    expect(response.status).toBe(200);
    expect(((await response.json()) as StaffService).linkEmbed).toEqual({ sandbox: ['allow-scripts', 'allow-forms'] });
    const [audit] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({
      action: 'service.link-embed',
      before: { slug, linkEmbed: null },
      after: { slug, linkUrl: 'https://pbb.example.go.id/cek', linkEmbed: { sandbox: ['allow-scripts', 'allow-forms'] } },
    });
    const [change] = await database.db.select().from(changeEvents).orderBy(desc(changeEvents.id)).limit(1);
    expect(change).toMatchObject({ type: 'catalogue.changed', payload: { slug } });
    // The detail was cached before the change; the change invalidates it.
    expect((await detail(slug)).linkEmbed).toEqual({ sandbox: ['allow-scripts', 'allow-forms'] });
    const staff = (await (await call(app, 'GET', `/services/${slug}`, actors.publisher.headers)).json()) as StaffService;
    expect(staff.linkEmbed).toEqual({ sandbox: ['allow-scripts', 'allow-forms'] });

    expect((await embed(slug, null)).status).toBe(200);
    expect((await detail(slug)).linkEmbed).toBeNull();
  });

  it('answers a repeated choice with 200 and writes nothing', async () => {
    const slug = await linkService();
    expect((await embed(slug, { sandbox: ['allow-scripts'] })).status).toBe(200);
    const before = await snapshotDatabase(database.db);
    const again = await embed(slug, { sandbox: ['allow-scripts', 'allow-scripts'] });
    expect(again.status).toBe(200);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("refuses a publisher (even the service's own OPD's) with 403, and anonymous callers with 401", async () => {
    const slug = await linkService();
    await expectRefusal(embed(slug, { sandbox: ['allow-scripts'] }, actors.publisher.headers), 403, /admin/);
    await expectRefusal(embed(slug, null, actors.publisher.headers), 403, /admin/);
    await expectRefusal(embed(slug, { sandbox: [] }, actors.citizen.headers), 403, /admin/);
    await expectRefusal(embed(slug, { sandbox: [] }, {}), 401, /Sign in/);
    // The publishing API's edit has no back door for it.
    await expectRefusal(call(app, 'PATCH', `/services/${slug}`, actors.publisher.headers, { linkEmbed: { sandbox: ['allow-scripts'] } }), 400, /Unrecognized key.*linkEmbed/);
  });

  it.each<[string, unknown, RegExp]>([
    ['top navigation', { sandbox: ['allow-scripts', 'allow-top-navigation'] }, /sandbox\.1: "allow-top-navigation" is never allowed/],
    ['top navigation on a tap', { sandbox: ['allow-top-navigation-by-user-activation'] }, /never allowed/],
    ['top navigation to custom protocols', { sandbox: ['allow-top-navigation-to-custom-protocols'] }, /never allowed/],
    ['a token the portal does not grant', { sandbox: ['allow-pointer-lock'] }, /"allow-pointer-lock" is not a sandbox token the portal grants; choose from allow-scripts/],
    ['a made-up token', { sandbox: ['allow-everything'] }, /not a sandbox token/],
    ['tokens as one string', { sandbox: 'allow-scripts allow-forms' }, /sandbox/],
    ['an unknown key', { sandbox: [], allow: 'camera' }, /Unrecognized key.*allow/],
    ['no sandbox', {}, /sandbox/],
    ['a list too long', { sandbox: Array.from({ length: 15 }, () => 'allow-scripts') }, /sandbox/],
    ['a number', 7, /linkEmbed/],
  ])('refuses %s with 400 naming what to fix', async (_label, linkEmbed, message) => {
    const slug = await linkService();
    await expectRefusal(embed(slug, linkEmbed), 400, message);
  });

  it('refuses to embed what is not a link service (400) or no service (404)', async () => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'form' }));
    await expectRefusal(embed(slug, { sandbox: ['allow-scripts'] }), 400, /linkEmbed: only link services are embedded/);
    await expectRefusal(embed(uniqueSlug(), { sandbox: ['allow-scripts'] }), 404, /No service/);
    await expectRefusal(call(app, 'PUT', `/services/${slug}/link-embed`, actors.admin.headers, { linkEmbed: null, extra: 1 }), 400, /Unrecognized key/);
  });

  it('embeds only https links, or plain http on localhost for development', async () => {
    const local = await linkService('http://localhost:5173/');
    expect((await embed(local, { sandbox: ['allow-scripts'] })).status).toBe(200);
    // A row from before the rule (written straight to the database) cannot be embedded.
    const legacy = await linkService();
    await database.db.update(services).set({ linkUrl: 'http://pbb.example.go.id/' }).where(eq(services.slug, legacy));
    await expectRefusal(embed(legacy, { sandbox: ['allow-scripts'] }), 400, /only an https link.*Fix the linkUrl first/);
    expect((await embed(legacy, null)).status).toBe(200);
  });

  it("lets the embed lapse when a publisher moves the link to another origin, and keeps it for a path or an admin's move", async () => {
    const slug = await linkService('https://pbb.example.go.id/cek');
    await embed(slug, { sandbox: ['allow-scripts'] });
    const edit = (linkUrl: string, headers = actors.publisher.headers) => call(app, 'PATCH', `/services/${slug}`, headers, { linkUrl });

    const samePlace = (await (await edit('https://pbb.example.go.id/cek-baru')).json()) as StaffService;
    expect(samePlace.linkEmbed).toEqual({ sandbox: ['allow-scripts'] });

    const moved = (await (await edit('https://lain.example.go.id/')).json()) as StaffService;
    expect(moved).toMatchObject({ linkUrl: 'https://lain.example.go.id/', linkEmbed: null });
    const [audit] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'service.update', before: { linkEmbed: { sandbox: ['allow-scripts'] } }, after: { linkEmbed: null } });
    expect((await detail(slug)).linkEmbed).toBeNull();

    await embed(slug, { sandbox: ['allow-scripts'] });
    const byAdmin = (await (await edit('https://baru.example.go.id/', actors.admin.headers)).json()) as StaffService;
    expect(byAdmin.linkEmbed).toEqual({ sandbox: ['allow-scripts'] });
  });

  it('never shows an embed for a service that is not a link, whatever its row says', async () => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'form' }));
    await database.db.update(services).set({ linkEmbed: { sandbox: ['allow-scripts'] } }).where(eq(services.slug, slug));
    expect((await detail(slug)).linkEmbed).toBeNull();
  });
});
