// The console's gaps closed for issue 6: a list of accounts, a list of categories, reserved
// service slugs and the reviewer's note a publisher reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors, signedIn } from '../test-support/actors';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginUpload } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type UserPage = { items: Array<{ email: string; name: string; role: string; opd: { slug: string } | null; disabled: boolean }>; nextCursor: string | null };

describe.each(testDrivers())('console gaps (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    actors = await createActors(app, database.db);
    for (const n of [1, 2, 3, 4, 5]) await signedIn(app, database.db, { email: `petugas_x${n}@kota.uji.id`, role: 'citizen' });
  });
  afterAll(() => database?.dispose());

  const users = async (query: string) => {
    const response = await call(app, 'GET', `/users${query}`, actors.admin.headers);
    expect(response.status).toBe(200);
    return (await response.json()) as UserPage;
  };

  it('lists accounts to admins by email, in pages, without password hashes', async () => {
    const seen: UserPage['items'] = [];
    let cursor: string | null = null;
    do {
      const page = await users(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const emails = seen.map((user) => user.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(emails.length);
    expect(seen.find((user) => user.email === 'penerbit@bpkpd.uji.go.id')).toMatchObject({ role: 'publisher', opd: { slug: 'bpkpd' }, disabled: false });
    expect(JSON.stringify(seen)).not.toMatch(/scrypt|passwordHash/);
  });

  it('filters accounts by part of the email or name, with LIKE wildcards taken literally', async () => {
    expect((await users('?q=PETUGAS')).items).toHaveLength(5);
    expect((await users('?q=x3@')).items.map((user) => user.email)).toEqual(['petugas_x3@kota.uji.id']);
    expect((await users('?q=s_x')).items).toHaveLength(5);
    // As a wildcard "a_" would match nearly every address ("ad", "an" …); taken literally, none.
    expect((await users('?q=a_')).items).toHaveLength(0);
    expect((await users('?q=%25')).items).toHaveLength(0);
    expect((await users('?role=publisher')).items.every((user) => user.role === 'publisher')).toBe(true);
  });

  it('refuses the account list to everyone but admins, and bad queries with 400', async () => {
    expect((await call(app, 'GET', '/users')).status).toBe(401);
    for (const caller of [actors.publisher, actors.citizen]) expect((await call(app, 'GET', '/users', caller.headers)).status).toBe(403);
    for (const query of ['?cursor=bukan', '?limit=500', '?role=raja', '?q=%00']) {
      expect((await call(app, 'GET', `/users${query}`, actors.admin.headers)).status, query).toBe(400);
    }
  });

  it('lists the categories publicly, in the home page order', async () => {
    const response = await call(app, 'GET', '/categories');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('max-age');
    const { items } = (await response.json()) as { items: Array<{ slug: string; name: { id: string; en: string } }> };
    expect(items.map((category) => category.slug)).toEqual(expect.arrayContaining(['pajak', 'darurat', 'kesehatan']));
    expect(items.find((category) => category.slug === 'pajak')?.name.id).toBeTruthy();
  });

  it('refuses a new service slugged "baru" (the console\'s own page) with a 400 naming the slug', async () => {
    const refused = await errorOf(await call(app, 'POST', '/services', actors.publisher.headers, serviceBody('baru')));
    expect(refused).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(refused.message).toContain('reserved');
    expect((await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(uniqueSlug('baru')))).status).toBe(201);
  });

  it("gives the publisher the reviewer's note on a rejected version", async () => {
    const slug = uniqueSlug('ditolak');
    expect((await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug))).status).toBe(201);
    expect((await call(app, 'POST', `/services/${slug}/versions`, actors.publisher.headers, await pluginUpload(slug, '1.0.0'))).status).toBe(201);
    const note = 'Memuat skrip pihak ketiga; hapus lalu unggah ulang.';
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/reject`, actors.admin.headers, { reason: note })).status).toBe(200);
    const listed = await call(app, 'GET', `/services/${slug}/versions`, actors.publisher.headers);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: unknown[] }).items).toMatchObject([{ version: '1.0.0', status: 'rejected', reviewNote: note }]);
  });
});
