import { count, desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { pluginFailures } from '../db/schema';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { call, errorOf, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type Group = { slug: string; version: string | null; phase: string; count: number; lastMessage: string; lastAt: string; citizenReports: number };

const report = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  version: '1.0.0',
  phase: 'mount',
  message: 'TypeError: gagal memasang',
  reportedByCitizen: false,
  ...overrides,
});

describe.each(testDrivers())('plugin failure telemetry (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db, telemetry: { ratePerMinute: 1000 } });
    actors = await createActors(app, database.db);
  });
  afterAll(() => database?.dispose());

  const post = (body: unknown, headers: Record<string, string> = {}, on: PalapaApp = app) => call(on, 'POST', '/telemetry/plugin-failures', headers, body);
  const groups = async (query = '') => {
    const response = await call(app, 'GET', `/telemetry/plugin-failures${query}`, actors.admin.headers);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Group[] }).items;
  };

  it('accepts an anonymous report with 202 and a signed-in one with its CSRF token', async () => {
    const slug = uniqueSlug('rusak');
    const anonymous = await post(report(slug));
    expect(anonymous.status).toBe(202);
    expect(await anonymous.json()).toEqual({ accepted: true });
    expect((await post(report(slug, { reportedByCitizen: true }), actors.citizen.headers)).status).toBe(202);
    const withoutCsrf = await post(report(slug), { Cookie: actors.citizen.headers.Cookie ?? '' });
    expect(withoutCsrf.status).toBe(403);
  });

  it('groups reports by plugin, version and phase for admins, most recent first, with the last message', async () => {
    const older = uniqueSlug('lama');
    const newer = uniqueSlug('baru');
    await post(report(older, { phase: 'load', message: 'pertama' }));
    await post(report(older, { phase: 'load', message: 'kedua', reportedByCitizen: true }));
    await post(report(older, { phase: 'load', version: '1.1.0' }));
    await post(report(newer, { phase: 'integrity', version: null }));
    const mine = (await groups()).filter((group) => group.slug === older || group.slug === newer);
    expect(mine.map((group) => [group.slug, group.version])).toEqual([
      [newer, null],
      [older, '1.1.0'],
      [older, '1.0.0'],
    ]);
    expect(mine[2]).toMatchObject({ phase: 'load', count: 2, lastMessage: 'kedua', citizenReports: 1 });
    expect(Date.parse(mine[2]?.lastAt ?? '')).toBeGreaterThan(0);
    expect((await groups(`?slug=${older}`)).map((group) => group.version)).toEqual(['1.1.0', '1.0.0']);
    expect(await groups(`?slug=${older}&since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
  });

  it('stores the message cut to 500 characters and cleaned of what PostgreSQL refuses', async () => {
    const slug = uniqueSlug('panjang');
    expect((await post(report(slug, { message: `a\u0000b\ud800${'x'.repeat(2000)}` }))).status).toBe(202);
    const [row] = await database.db.select().from(pluginFailures).orderBy(desc(pluginFailures.id)).limit(1);
    expect(row?.slug).toBe(slug);
    expect(row?.message).toHaveLength(500);
    expect(row?.message.startsWith('a b\ufffdxxx')).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown phase', report('cek-pbb', { phase: 'meledak' })],
    ['a slug that is not one', report('Bukan Slug')],
    ['a missing flag', { slug: 'cek-pbb', version: null, phase: 'load', message: 'x' }],
    ['a message that is not text', report('cek-pbb', { message: { stack: [] } })],
    ['a body that is not JSON', '{bukan json'],
  ])('refuses %s with 400 and stores nothing', async (_label, body) => {
    const [before] = await database.db.select({ n: count() }).from(pluginFailures);
    const error = await errorOf(await post(body));
    expect(error).toMatchObject({ status: 400, code: 'invalid_input' });
    const [after] = await database.db.select({ n: count() }).from(pluginFailures);
    expect(after?.n).toBe(before?.n);
  });

  it('refuses a body over 32 KiB with 413', async () => {
    expect((await post(report('cek-pbb', { message: 'x'.repeat(40_000) }))).status).toBe(413);
  });

  it('rate-limits reports per address with 429 and Retry-After', async () => {
    const limited = createApp({ db: database.db, telemetry: { ratePerMinute: 2 } });
    for (const _ of [1, 2]) expect((await post(report('cek-pbb'), {}, limited)).status).toBe(202);
    const refused = await post(report('cek-pbb'), {}, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Reading is not counted.
    expect((await call(limited, 'GET', '/telemetry/plugin-failures', actors.admin.headers)).status).toBe(200);
  });

  it('shows the reports to admins only', async () => {
    expect((await call(app, 'GET', '/telemetry/plugin-failures')).status).toBe(401);
    for (const caller of [actors.citizen, actors.publisher]) expect((await call(app, 'GET', '/telemetry/plugin-failures', caller.headers)).status).toBe(403);
    expect((await errorOf(await call(app, 'GET', '/telemetry/plugin-failures?since=kemarin', actors.admin.headers))).status).toBe(400);
  });
});
