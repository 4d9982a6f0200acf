import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Page = {
  items: Array<{ id: number; action: string; actorLabel: string; targetType: string; targetId: string; targetLabel: string | null; after: unknown }>;
  nextCursor: string | null;
};

describe.each(testDrivers())('audit log and OPDs (%s)', (driver) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    actors = await createActors(app, database.db);
  });
  afterAll(() => database?.dispose());

  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('an admin adds an OPD; the change and who made it are in the audit log', async () => {
    const created = await post('/api/v1/opds', { slug: 'dinas-pendidikan', name: 'Dinas Pendidikan Kota Mojokerto', shortName: 'Dispendik' }, actors.admin.headers);
    expect(created.status).toBe(201);
    const duplicate = await post('/api/v1/opds', { slug: 'dinas-pendidikan', name: 'Lagi', shortName: 'Lagi' }, actors.admin.headers);
    expect(duplicate.status).toBe(409);
    const log = await app.request('/api/v1/audit?action=opd.create', { headers: actors.admin.headers });
    const page = (await log.json()) as Page;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ action: 'opd.create', targetType: 'opd', targetId: 'dinas-pendidikan' });
    expect(page.items[0]?.actorLabel).toContain('admin@uji.go.id');
    const opds = (await (await app.request('/api/v1/opds')).json()) as { items: Array<{ slug: string }> };
    expect(opds.items.map((o) => o.slug)).toContain('dinas-pendidikan');
  });

  it('names each target as staff know it (service slug, user email, OPD name), read now', async () => {
    const slug = uniqueSlug('label');
    expect((await post('/api/v1/services', serviceBody(slug), actors.publisher.headers)).status).toBe(201);
    const email = `${uniqueSlug('akun')}@uji.go.id`;
    expect((await post('/api/v1/users', { email, name: 'Akun Uji', role: 'citizen', password: 'kata-sandi-panjang-1' }, actors.admin.headers)).status).toBe(201);
    const read = async (action: string) => ((await (await app.request(`/api/v1/audit?action=${action}`, { headers: actors.admin.headers })).json()) as Page).items;
    expect((await read('service.create')).find((item) => item.targetLabel === slug)?.targetId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await read('user.create')).find((item) => item.targetLabel === email)).toBeDefined();
    expect((await read('opd.create'))[0]?.targetLabel).toBe('Dinas Pendidikan Kota Mojokerto');
    // A sign-in names the account too; nothing the log names is left as a bare UUID when its target exists.
    expect((await read('auth.sign_in')).every((item) => item.targetLabel !== null)).toBe(true);
  });

  it('only admins read the log or manage OPDs', async () => {
    for (const caller of [actors.citizen, actors.publisher]) {
      expect((await app.request('/api/v1/audit', { headers: caller.headers })).status).toBe(403);
      expect((await post('/api/v1/opds', { slug: 'x-opd', name: 'X OPD', shortName: 'X' }, caller.headers)).status).toBe(403);
    }
    expect((await app.request('/api/v1/audit')).status).toBe(401);
  });

  it('pages through the log newest first without gaps', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await app.request(`/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: actors.admin.headers });
      const page = (await response.json()) as Page;
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects bad filters with a 400 naming the field', async () => {
    const response = await app.request('/api/v1/audit?from=yesterday', { headers: actors.admin.headers });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('from');
    expect((await app.request('/api/v1/audit?cursor=abc', { headers: actors.admin.headers })).status).toBe(400);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(() => null, (e: unknown) => e as Error & { cause?: Error });
      return `${error?.message} ${error?.cause?.message}`;
    };
    expect(await refusal(database.db.execute(sql`update audit_log set action = 'x'`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
  });
});
