import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from './session';

const user = { id: 'u1', email: 'admin@kota.go.id', name: 'Admin', role: 'admin', opd: null };
const answer = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('session', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('signs in, tells subscribers, and sends the CSRF token with mutations until sign-out', async () => {
    const fetchMock = vi.fn((url: string, _init?: RequestInit) => (url.endsWith('/sign-in') ? answer(200, { user, csrfToken: 'csrf-1' }) : Promise.resolve(new Response(null, { status: 204 }))));
    vi.stubGlobal('fetch', fetchMock);
    const seen: unknown[] = [];
    const unsubscribe = session.subscribe((current) => seen.push(current?.email ?? null));
    await expect(session.signIn(' admin@kota.go.id ', 'rahasia')).resolves.toEqual(user);
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ email: 'admin@kota.go.id', password: 'rahasia' });
    expect(session.mutationHeaders()).toEqual({ 'X-CSRF-Token': 'csrf-1' });
    await session.signOut();
    expect(fetchMock.mock.calls[1]?.[1]?.headers).toEqual({ 'X-CSRF-Token': 'csrf-1' });
    expect(session.user).toBeNull();
    expect(session.mutationHeaders()).toEqual({});
    expect(seen).toEqual(['admin@kota.go.id', null]);
    unsubscribe();
  });

  it('explains refusals in plain Indonesian: wrong password, rate limiting, no server', async () => {
    vi.stubGlobal('fetch', () => answer(401, { error: { code: 'unauthorized', message: 'The email or password is wrong.' } }));
    await expect(session.signIn('a@b.id', 'x')).rejects.toThrow('Email atau kata sandi salah');
    vi.stubGlobal('fetch', () => answer(429, { error: { code: 'rate_limited', message: 'Too many', details: { retryAfterSeconds: 900 } } }));
    await expect(session.signIn('a@b.id', 'x')).rejects.toThrow('Tunggu 15 menit');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(session.signIn('a@b.id', 'x')).rejects.toThrow('Server tidak dapat dihubungi');
    expect(session.user).toBeNull();
  });

  it('ignores a malformed answer rather than trusting it', async () => {
    vi.stubGlobal('fetch', () => answer(200, { user: { ...user, role: 'superuser' }, csrfToken: 'x' }));
    await expect(session.signIn('a@b.id', 'x')).rejects.toThrow('Masuk gagal');
    expect(session.user).toBeNull();
  });
});
