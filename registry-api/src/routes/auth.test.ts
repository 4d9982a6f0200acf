import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { auditLog, sessions, users } from '../db/schema';
import { hashPassword, verifyPassword } from '../domain/auth/password';
import { insertUser } from '../domain/auth/users';
import { seedDemoCity } from '../seed/seed-demo-city';
import { signedIn, TEST_PASSWORD } from '../test-support/actors';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('passwords', () => {
  it('are hashed with scrypt, salted, and verified', async () => {
    const a = await hashPassword('rahasia sekali');
    const b = await hashPassword('rahasia sekali');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('rahasia sekali', a)).toBe(true);
    expect(await verifyPassword('rahasia salah', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe.each(testDrivers())('accounts and sessions (%s)', (driver) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
  });
  afterAll(() => database?.dispose());

  it('signs in with a session cookie (httpOnly, SameSite=Lax, not Secure on localhost) and a CSRF token', async () => {
    await insertUser(database.db, { email: 'Ani@Uji.go.id', name: 'Ani', role: 'citizen', password: TEST_PASSWORD });
    const response = await app.request('http://localhost/api/v1/auth/sign-in', json({ email: 'ani@uji.go.id', password: TEST_PASSWORD }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^palapa_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const body = (await response.json()) as { user: { email: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: 'ani@uji.go.id', role: 'citizen' });
    const me = await app.request('/api/v1/auth/me', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { csrfToken: string }).csrfToken).toBe(body.csrfToken);
    // The secret is never stored: only its hash.
    const stored = await database.db.select().from(sessions);
    expect(stored.some((row) => cookie.includes(row.idHash))).toBe(false);
  });

  it('sets a Secure cookie outside localhost', async () => {
    await insertUser(database.db, { email: 'budi@uji.go.id', name: 'Budi', role: 'citizen', password: TEST_PASSWORD });
    const response = await app.request('https://portal.mojokertokota.go.id/api/v1/auth/sign-in', json({ email: 'budi@uji.go.id', password: TEST_PASSWORD }));
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a wrong password with 401 and stores no password in clear', async () => {
    const response = await app.request('/api/v1/auth/sign-in', json({ email: 'ani@uji.go.id', password: 'salah-salah-salah' }));
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    const [row] = await database.db.select().from(users).where(eq(users.email, 'ani@uji.go.id'));
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('rate-limits repeated failed sign-ins for an email', async () => {
    await insertUser(database.db, { email: 'citra@uji.go.id', name: 'Citra', role: 'citizen', password: TEST_PASSWORD });
    for (let i = 0; i < 5; i++) {
      const response = await app.request('/api/v1/auth/sign-in', json({ email: 'citra@uji.go.id', password: `salah-${i}-xxxxxx` }));
      expect(response.status).toBe(401);
    }
    const limited = await app.request('/api/v1/auth/sign-in', json({ email: 'citra@uji.go.id', password: TEST_PASSWORD }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });

  it('refuses a sign-in posted from a foreign origin (login CSRF)', async () => {
    const response = await app.request('http://localhost/api/v1/auth/sign-in', json({ email: 'ani@uji.go.id', password: TEST_PASSWORD }, { Origin: 'https://evil.example' }));
    expect(response.status).toBe(403);
  });

  it('refuses a cookie-authenticated mutation without the CSRF token, and the change does not happen', async () => {
    const admin = await signedIn(app, database.db, { email: 'admin-csrf@uji.go.id', role: 'admin' });
    const [before] = await database.db.select({ n: count() }).from(users);
    const body = { email: 'baru@uji.go.id', name: 'Baru', role: 'citizen', password: TEST_PASSWORD };
    const forged = await app.request('/api/v1/users', json(body, { Cookie: admin.headers.Cookie ?? '' }));
    expect(forged.status).toBe(403);
    const [after] = await database.db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);
    const real = await app.request('/api/v1/users', json(body, admin.headers));
    expect(real.status).toBe(201);
  });

  it('signs out: the session stops working and the audit log has both events', async () => {
    const client = await signedIn(app, database.db, { email: 'dewi@uji.go.id', role: 'citizen' });
    const out = await app.request('/api/v1/auth/sign-out', { method: 'POST', headers: client.headers });
    expect(out.status).toBe(204);
    const me = await app.request('/api/v1/auth/me', { headers: client.headers });
    expect(me.status).toBe(401);
    const actions = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, client.user.id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.sign_in', 'auth.sign_out']));
  });

  it('validates bodies with a 400 that names the field', async () => {
    const response = await app.request('/api/v1/auth/sign-in', json({ email: 1 }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/email/);
    const notJson = await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
  });
});
