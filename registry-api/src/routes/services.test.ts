import { serviceDetailSchema } from '@palapa/sdk';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog, changeEvents } from '../db/schema';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { expectRefusal as expectRefusalWithoutChange } from '../test-support/expect-refusal';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type StaffService = { slug: string; opd: { slug: string }; enabled: boolean; summary: { id: string } };

describe.each(testDrivers())('services API (%s)', (driver) => {
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

  const expectRefusal = (response: Promise<Response>, status: number, message: RegExp) =>
    expectRefusalWithoutChange(database.db, response, { status, message });

  it("creates a service in the publisher's own OPD, and an admin's in the OPD it names", async () => {
    const { publisher, admin } = actors;
    const own = await call(app, 'POST', '/services', publisher.headers, serviceBody(uniqueSlug(), { kind: 'form' }));
    expect(own.status).toBe(201);
    expect(await own.json()).toMatchObject({ kind: 'form', opd: { slug: 'bpkpd' }, enabled: true, activeVersion: null, linkUrl: null });
    const named = await call(app, 'POST', '/services', admin.headers, serviceBody(uniqueSlug(), { opd: 'dishub' }));
    expect(named.status).toBe(201);
    expect(((await named.json()) as StaffService).opd.slug).toBe('dishub');
    const link = await call(app, 'POST', '/services', publisher.headers, serviceBody(uniqueSlug(), { kind: 'link', linkUrl: 'https://pbb.example.go.id/cek' }));
    expect(await link.json()).toMatchObject({ kind: 'link', linkUrl: 'https://pbb.example.go.id/cek' });
  });

  it.each<[string, (slug: string) => Record<string, unknown>, RegExp]>([
    ['an unknown category', (slug) => serviceBody(slug, { category: 'tidak-ada' }), /category: no category "tidak-ada"/],
    ['a link without its URL', (slug) => serviceBody(slug, { kind: 'link' }), /linkUrl/],
    ['a link over plain http', (slug) => serviceBody(slug, { kind: 'link', linkUrl: 'http://pbb.example.go.id' }), /linkUrl: must be an https/],
    ['a module with a linkUrl', (slug) => serviceBody(slug, { linkUrl: 'https://x.example' }), /linkUrl: only link services/],
    ['an unknown key', (slug) => serviceBody(slug, { enabled: false }), /Unrecognized key.*enabled/],
    ['an unknown key deep in the standard', (slug) => ({ ...serviceBody(slug), standard: { ...(serviceBody(slug).standard as object), fee: { id: 'x', harga: 1 } } }), /standard\.fee/],
    ['a slug that is not one', () => serviceBody('Bukan Slug'), /slug: must be a slug/],
    ['a NUL character', (slug) => serviceBody(slug, { name: { id: 'a\u0000b' } }), /name\.id: must not contain NUL/],
    ['a broken surrogate', (slug) => serviceBody(slug, { keywords: ['\ud800'] }), /keywords\.0: must not contain NUL characters or broken unicode/],
  ])('refuses %s with 400 naming the field', async (_label, body, message) => {
    await expectRefusal(call(app, 'POST', '/services', actors.publisher.headers, body(uniqueSlug())), 400, message);
  });

  it('refuses an admin who names no OPD or an unknown one, and a publisher naming another OPD', async () => {
    const { admin, publisher } = actors;
    await expectRefusal(call(app, 'POST', '/services', admin.headers, serviceBody(uniqueSlug())), 400, /opd: an admin must name/);
    await expectRefusal(call(app, 'POST', '/services', admin.headers, serviceBody(uniqueSlug(), { opd: 'tidak-ada' })), 400, /opd: no OPD "tidak-ada"/);
    await expectRefusal(call(app, 'POST', '/services', publisher.headers, serviceBody(uniqueSlug(), { opd: 'dishub' })), 403, /own OPD/);
  });

  it('refuses a slug that exists with 409', async () => {
    await expectRefusal(call(app, 'POST', '/services', actors.publisher.headers, serviceBody('cek-pbb')), 409, /"cek-pbb" exists/);
  });

  it('edits catalogue fields and part of the standard, auditing only what changed', async () => {
    const { publisher } = actors;
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', publisher.headers, serviceBody(slug, { kind: 'form' }));
    const changes = { summary: { id: 'Ringkasan baru.', en: 'New summary.' }, standard: { fee: { id: 'Rp 10.000' } }, keywords: ['Baru', 'baru'] };
    const response = await call(app, 'PATCH', `/services/${slug}`, publisher.headers, changes);
    expect(response.status).toBe(200);
    const updated = await response.json();
    expect(updated).toMatchObject({ summary: { en: 'New summary.' }, standard: { fee: { id: 'Rp 10.000', en: '' }, processingTime: { id: '1 hari kerja' } }, keywords: ['baru'] });
    const [audit] = await database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'service.update', before: { slug, summary: { id: 'Ringkasan layanan.' } }, after: { slug, summary: { id: 'Ringkasan baru.' } } });
    expect(Object.keys(audit?.after as object).sort()).toEqual(['keywords', 'slug', 'standard', 'summary']);
    const [change] = await database.db.select().from(changeEvents).orderBy(desc(changeEvents.id)).limit(1);
    expect(change).toMatchObject({ type: 'catalogue.changed', payload: { slug } });
    const detail = serviceDetailSchema.parse(await (await call(app, 'GET', `/catalogue/${slug}`)).json());
    expect(detail.summary.id).toBe('Ringkasan baru.');
    expect(detail.standard.fee.id).toBe('Rp 10.000');
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['the slug', { slug: 'lain' }, /Unrecognized key.*slug/],
    ['the kind', { kind: 'link' }, /Unrecognized key.*kind/],
    ['the OPD', { opd: 'dishub' }, /Unrecognized key.*opd/],
    ['nothing', {}, /at least one field/],
    ['an empty standard', { standard: {} }, /standard: give at least one field/],
    ['a linkUrl on a form', { linkUrl: 'https://x.example' }, /linkUrl: only link services/],
    ['an unknown category', { category: 'tidak-ada' }, /category: no category/],
    ['a null name', { name: null }, /name/],
  ])('refuses an edit of %s', async (_label, changes, message) => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'form' }));
    await expectRefusal(call(app, 'PATCH', `/services/${slug}`, actors.publisher.headers, changes), 400, message);
  });

  it("refuses an edit by another OPD's publisher (403) and of an unknown service (404)", async () => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug));
    await expectRefusal(call(app, 'PATCH', `/services/${slug}`, actors.otherPublisher.headers, { keywords: ['x'] }), 403, /own OPD/);
    await expectRefusal(call(app, 'PATCH', `/services/${uniqueSlug()}`, actors.admin.headers, { keywords: ['x'] }), 404, /No service/);
  });

  it("lists a publisher's own OPD's services, and every service (or one OPD's) for an admin", async () => {
    const { publisher, otherPublisher, admin } = actors;
    const mine = (await (await call(app, 'GET', '/services', publisher.headers)).json()) as { items: StaffService[] };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((item) => item.opd.slug === 'bpkpd')).toBe(true);
    expect(mine.items.map((item) => item.slug)).toContain('cek-pbb');
    const theirs = (await (await call(app, 'GET', '/services', otherPublisher.headers)).json()) as { items: StaffService[] };
    expect(theirs.items.every((item) => item.opd.slug === 'dishub')).toBe(true);
    const all = (await (await call(app, 'GET', '/services', admin.headers)).json()) as { items: StaffService[] };
    expect(new Set(all.items.map((item) => item.opd.slug)).size).toBeGreaterThan(3);
    const dishub = (await (await call(app, 'GET', '/services?opd=dishub', admin.headers)).json()) as { items: StaffService[] };
    expect(dishub.items.map((item) => item.slug).sort()).toEqual(theirs.items.map((item) => item.slug).sort());
    const peeking = (await (await call(app, 'GET', '/services?opd=dishub', publisher.headers)).json()) as { items: StaffService[] };
    expect(peeking.items).toEqual([]);
    expect((await call(app, 'GET', '/services', actors.citizen.headers)).status).toBe(403);
    expect((await call(app, 'GET', '/services')).status).toBe(401);
    expect((await call(app, 'GET', '/services?sort=x', admin.headers)).status).toBe(400);
  });

  it('pages through every service once, in order, and finds services by part of a name', async () => {
    const { admin } = actors;
    type Page = { items: StaffService[]; nextCursor: string | null };
    const all = (await (await call(app, 'GET', '/services?limit=1000', admin.headers)).json()) as Page;
    expect(all.nextCursor).toBeNull();
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await (await call(app, 'GET', `/services?limit=5${query}`, admin.headers)).json()) as Page;
      expect(page.items.length).toBeLessThanOrEqual(5);
      walked.push(...page.items.map((item) => item.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.items.map((item) => item.slug));

    const found = (await (await call(app, 'GET', `/services?q=${encodeURIComponent('PBB')}`, admin.headers)).json()) as Page;
    expect(found.items.map((item) => item.slug)).toContain('cek-pbb');
    const wildcard = (await (await call(app, 'GET', '/services?q=%25', admin.headers)).json()) as Page;
    expect(wildcard.items).toEqual([]);
    expect((await errorOf(await call(app, 'GET', '/services?cursor=bukan-kursor', admin.headers))).message).toMatch(/cursor/);
    // A cursor of the right shape carrying what PostgreSQL cannot compare is a 400 too, not a 500.
    const nul = Buffer.from(JSON.stringify({ o: 'a\u0000', s: 'b' })).toString('base64url');
    expect((await call(app, 'GET', `/services?cursor=${nul}`, admin.headers)).status).toBe(400);
    expect((await call(app, 'GET', '/services?limit=0', admin.headers)).status).toBe(400);
  });

  it('switches a service off and on idempotently: a repeated switch answers 200 and writes nothing', async () => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'form' }));
    const disable = () => call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, { reason: 'Pemeliharaan' });
    expect((await disable()).status).toBe(200);
    const before = await snapshotDatabase(database.db);
    const again = await disable();
    expect(again.status).toBe(200);
    expect(((await again.json()) as StaffService).enabled).toBe(false);
    expect(await snapshotDatabase(database.db)).toEqual(before);
    const enable = () => call(app, 'POST', `/services/${slug}/enable`, actors.admin.headers, { reason: 'Selesai' });
    expect((await enable()).status).toBe(200);
    const enabled = await snapshotDatabase(database.db);
    expect((await enable()).status).toBe(200);
    expect(await snapshotDatabase(database.db)).toEqual(enabled);
    const switches = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, 'service.disable'));
    expect(switches.length).toBeGreaterThanOrEqual(1);
  });

  it.each<[string, unknown, RegExp]>([
    ['no reason', {}, /reason/],
    ['a reason too short', { reason: ' x ' }, /reason: give a reason of at least 3/],
    ['a reason too long', { reason: 'x'.repeat(501) }, /reason/],
    ['a reason that is not text', { reason: 42 }, /reason/],
  ])('refuses a switch with %s', async (_label, body, message) => {
    const slug = uniqueSlug();
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind: 'form' }));
    await expectRefusal(call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, body), 400, message);
  });
});
