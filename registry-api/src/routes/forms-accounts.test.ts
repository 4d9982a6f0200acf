// Citizen accounts for the forms (issue 6): registration signs in; it is rate-limited per address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { seedDemoCity } from '../seed/seed-demo-city';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { call, errorOf, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('citizen registration (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
  });
  afterAll(() => database?.dispose());

  const register = (body: unknown) => call(app, 'POST', '/auth/register', {}, body);

  it('opens a citizen account and signs it in; the email is then taken (409)', async () => {
    const email = `${uniqueSlug('warga')}@Contoh.id`;
    const response = await register({ name: 'Siti Aminah', email, password: 'sepuluh-10' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { user: { role: string; email: string }; csrfToken: string };
    expect(body.user).toMatchObject({ role: 'citizen', email: email.toLowerCase(), opd: null });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^palapa_session=/);
    const me = await call(app, 'GET', '/auth/me', { Cookie: cookie });
    expect(await me.json()).toMatchObject({ user: { email: email.toLowerCase(), role: 'citizen' }, csrfToken: body.csrfToken });
    const again = await errorOf(await register({ name: 'Lain', email: email.toUpperCase(), password: 'kata-sandi-lain' }));
    expect(again).toMatchObject({ status: 409, code: 'email_taken' });
  });

  it('refuses a short password, a bad email, unknown keys, and a foreign origin, writing nothing', async () => {
    for (const body of [
      { name: 'A', email: 'a@contoh.id', password: 'pendek' },
      { name: 'A', email: 'bukan-email', password: 'cukup-panjang' },
      { name: '', email: 'a@contoh.id', password: 'cukup-panjang' },
      { name: 'A', email: 'a@contoh.id', password: 'cukup-panjang', role: 'admin' },
    ]) {
      const before = await snapshotDatabase(database.db);
      expect((await errorOf(await register(body))).status).toBe(400);
      expect(await snapshotDatabase(database.db)).toEqual(before);
    }
    const foreign = await call(app, 'POST', '/auth/register', { Origin: 'https://jahat.example' }, { name: 'A', email: 'b@contoh.id', password: 'cukup-panjang' });
    expect(foreign.status).toBe(403);
  });

  it('rate-limits registrations from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await register({ name: 'Warga', email: `${uniqueSlug('banyak')}@contoh.id`, password: 'kata-sandi-ok' })).status);
    // One account was opened by the first test from the same (test) address.
    expect(statuses.filter((status) => status === 201)).toHaveLength(9);
    const refused = await register({ name: 'Warga', email: `${uniqueSlug('lagi')}@contoh.id`, password: 'kata-sandi-ok' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('900');
  });
});
