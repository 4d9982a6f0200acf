import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { rowsOf } from '../domain/catalogue/query-rows';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
type Usage = { days: Array<{ date: string; opens: number; formStarts: number; requests: number }>; totals: { opens: number; formStarts: number; requests: number; completion: number | null } };
type Overview = { items: Array<{ slug: string; opens: number; formStarts: number; requests: number; opd: { slug: string } }>; nextCursor: string | null };

describe.each(testDrivers())('service usage (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db, telemetry: { ratePerMinute: 10_000 } });
    actors = await createActors(app, database.db);
  });
  afterAll(() => database?.dispose());

  const count = (slug: string, event: 'open' | 'formStart', headers: Record<string, string> = {}, on: PalapaApp = app) =>
    call(on, 'POST', '/telemetry/opens', headers, { slug, event });
  const newService = async (kind: 'module' | 'form' = 'form') => {
    const slug = uniqueSlug('pakai');
    const created = await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(slug, { kind }));
    expect(created.status).toBe(201);
    return slug;
  };
  const usage = async (slug: string, query = '', headers = actors.admin.headers) => {
    const response = await call(app, 'GET', `/services/${slug}/usage${query}`, headers);
    expect(response.status).toBe(200);
    return (await response.json()) as Usage;
  };
  const jakartaDate = async (daysAgo = 0) => {
    const [row] = rowsOf<{ date: string }>(
      await database.db.execute(sql`select to_char((now() at time zone 'Asia/Jakarta')::date - ${daysAgo}::int, 'YYYY-MM-DD') as "date"`),
    );
    return row?.date ?? '';
  };

  it('counts opens and form starts per service and day, anonymously or signed in without a CSRF token', async () => {
    const slug = await newService();
    expect((await count(slug, 'open')).status).toBe(202);
    // A beacon carries the session cookie but cannot carry X-CSRF-Token: the session is never read here.
    expect((await count(slug, 'open', { Cookie: actors.citizen.headers.Cookie ?? '' })).status).toBe(202);
    expect((await count(slug, 'formStart')).status).toBe(202);
    const result = await usage(slug, '?days=7');
    expect(result.days).toHaveLength(7);
    expect(result.days.at(-1)).toEqual({ date: await jakartaDate(), opens: 2, formStarts: 1, requests: 0 });
    expect(result.days.slice(0, 6).every((day) => day.opens === 0 && day.formStarts === 0)).toBe(true);
    expect(result.days.map((day) => day.date)).toEqual([...result.days.map((day) => day.date)].sort());
    expect(result.totals).toEqual({ opens: 2, formStarts: 1, requests: 0, completion: 0 });
  });

  it('loses no count when many shells count at the same moment (one upsert, no read-then-write)', async () => {
    const slug = await newService('module');
    const statuses = await Promise.all(Array.from({ length: 25 }, () => count(slug, 'open').then((response) => response.status)));
    expect(statuses.every((status) => status === 202)).toBe(true);
    const result = await usage(slug, '?days=1');
    expect(result.days).toEqual([{ date: await jakartaDate(), opens: 25, formStarts: 0, requests: 0 }]);
    // Completion is a form's measure: null for a module.
    expect(result.totals.completion).toBeNull();
  });

  it('keeps an aggregate only: no address, no account, no row per visit', async () => {
    const columns = rowsOf<{ name: string }>(
      await database.db.execute(sql`select column_name as "name" from information_schema.columns where table_name = 'service_usage' order by column_name`),
    );
    expect(columns.map((column) => column.name)).toEqual(['day', 'form_starts', 'opens', 'service_id']);
  });

  it('answers 404 for an unknown or a disabled service and counts nothing', async () => {
    expect(await errorOf(await count(uniqueSlug('tidak-ada'), 'open'))).toMatchObject({ status: 404, code: 'not_found' });
    const slug = await newService();
    expect((await call(app, 'POST', `/services/${slug}/disable`, actors.admin.headers, { reason: 'Uji penghitungan' })).status).toBe(200);
    expect(await errorOf(await count(slug, 'open'))).toMatchObject({ status: 404, code: 'not_found' });
    expect((await usage(slug)).totals.opens).toBe(0);
  });

  it.each<[string, unknown]>([
    ['an unknown event', { slug: 'cek-pbb', event: 'klik' }],
    ['a missing event', { slug: 'cek-pbb' }],
    ['a slug that is not one', { slug: 'Bukan Slug', event: 'open' }],
    ['an extra field (nothing else is taken)', { slug: 'cek-pbb', event: 'open', userId: 'x' }],
    ['a body that is not JSON', '{bukan json'],
  ])('refuses %s with 400', async (_label, body) => {
    expect(await errorOf(await call(app, 'POST', '/telemetry/opens', {}, body))).toMatchObject({ status: 400, code: 'invalid_input' });
  });

  it('rate-limits counts per address with 429 and Retry-After', async () => {
    const limited = createApp({ db: database.db, telemetry: { ratePerMinute: 2 } });
    for (const _ of [1, 2]) expect((await count('cek-pbb', 'open', {}, limited)).status).toBe(202);
    const refused = await count('cek-pbb', 'open', {}, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("shows a service's usage to its OPD's publishers and admins only, for 1–90 days", async () => {
    const slug = await newService();
    expect((await usage(slug, '', actors.publisher.headers)).days).toHaveLength(30);
    expect((await usage(slug, '?days=90')).days).toHaveLength(90);
    expect((await call(app, 'GET', `/services/${slug}/usage`)).status).toBe(401);
    for (const caller of [actors.otherPublisher, actors.citizen]) expect((await call(app, 'GET', `/services/${slug}/usage`, caller.headers)).status).toBe(403);
    for (const days of ['0', '91', 'abc', '1.5']) {
      expect(await errorOf(await call(app, 'GET', `/services/${slug}/usage?days=${days}`, actors.admin.headers))).toMatchObject({ status: 400 });
    }
    expect((await call(app, 'GET', `/services/${uniqueSlug('tidak-ada')}/usage`, actors.admin.headers)).status).toBe(404);
  });

  it('places earlier days in the window and leaves older ones out', async () => {
    const slug = await newService();
    await database.db.execute(sql`
      insert into service_usage (service_id, day, opens, form_starts)
      select id, (now() at time zone 'Asia/Jakarta')::date - d.ago, d.opens, 0
      from services, (values (1, 4), (6, 9)) as d(ago, opens) where slug = ${slug}`);
    const week = await usage(slug, '?days=7');
    const yesterday = await jakartaDate(1);
    expect(week.days.find((day) => day.date === yesterday)?.opens).toBe(4);
    expect(week.totals.opens).toBe(13);
    expect((await usage(slug, '?days=2')).totals.opens).toBe(4);
  });

  it("counts a form's filed requests per day and its completion (requests ÷ opens)", async () => {
    const slug = await newService('form');
    for (const _ of [1, 2, 3, 4]) await count(slug, 'open');
    // Filed requests written as the forms API writes them: one today, one long before the window.
    await database.db.execute(sql`
      insert into form_definitions (service_id, version, definition, processing_days)
      select id, 1, '{}'::jsonb, 5 from services where slug = ${slug}`);
    await database.db.execute(sql`
      insert into form_requests (tracking_code, service_id, definition_version, idempotency_key, request_fingerprint, values, due_date, created_at)
      select 'UJI-' || d.code || ${slug.slice(-6)}::text, id, 1, 'kunci-' || d.code, 'sidik', '{}'::jsonb, current_date, now() - d.age
      from services, (values ('A', interval '0 days'), ('B', interval '40 days')) as d(code, age)
      where slug = ${slug}`);
    const result = await usage(slug, '?days=7');
    expect(result.days.at(-1)).toMatchObject({ opens: 4, requests: 1 });
    expect(result.totals).toMatchObject({ opens: 4, requests: 1, completion: 0.25 });
    expect((await usage(slug, '?days=90')).totals.requests).toBe(2);
    const overview = (await (await call(app, 'GET', '/usage?days=7&limit=200', actors.admin.headers)).json()) as Overview;
    expect(overview.items.find((item) => item.slug === slug)).toMatchObject({ opens: 4, requests: 1 });
  });

  it('lists every service by opens for admins, most opened first, in pages', async () => {
    const busy = await newService();
    const quiet = await newService();
    for (const _ of [1, 2, 3]) await count(busy, 'open');
    await count(quiet, 'open');
    const seen: Overview['items'] = [];
    let cursor: string | null = null;
    do {
      const response = await call(app, 'GET', `/usage?days=30&limit=7${cursor ? `&cursor=${cursor}` : ''}`, actors.admin.headers);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Overview;
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const slugs = seen.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.indexOf(busy)).toBeLessThan(slugs.indexOf(quiet));
    expect(seen.find((item) => item.slug === busy)).toMatchObject({ opens: 3, requests: 0, opd: { slug: 'bpkpd' } });
    const opens = seen.map((item) => item.opens);
    expect(opens).toEqual([...opens].sort((a, b) => b - a));
    // Services never opened are listed too (an admin looks for those as well).
    expect(seen.some((item) => item.opens === 0)).toBe(true);
  });

  it('refuses the overview to everyone but admins, and bad paging with 400', async () => {
    expect((await call(app, 'GET', '/usage')).status).toBe(401);
    for (const caller of [actors.publisher, actors.citizen]) expect((await call(app, 'GET', '/usage', caller.headers)).status).toBe(403);
    for (const query of ['?cursor=bukan-kursor', '?days=91', '?limit=0', `?cursor=${Buffer.from('{"o":1,"s":"a\\u0000"}').toString('base64url')}`]) {
      expect((await call(app, 'GET', `/usage${query}`, actors.admin.headers)).status, query).toBe(400);
    }
  });
});
