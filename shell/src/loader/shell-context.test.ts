import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../services/session';
import { createShellContext, mayReadUser, type ShellSession } from './shell-context';

const citizen: SessionUser = { id: 'u-1', email: 'siti@example.id', name: 'Siti Aminah', role: 'citizen', opd: null };
const publisher: SessionUser = { id: 'u-2', email: 'budi@kominfo.go.id', name: 'Budi', role: 'publisher', opd: { slug: 'diskominfo', name: 'Diskominfo' } };

/** A session a test controls: who is signed in, and the CSRF token of each reading. */
function testSession(user: SessionUser | null, tokens: Array<string | null> = ['token-1']) {
  const asked: boolean[] = [];
  const state = { user };
  const source: ShellSession = {
    get user() {
      return state.user;
    },
    ready: Promise.resolve(),
    csrfToken: async (refresh) => {
      asked.push(refresh);
      return tokens.length > 1 ? (tokens.shift() ?? null) : (tokens[0] ?? null);
    },
  };
  return { source, state, asked };
}

/** A fetch that answers from a list and keeps what it was asked. */
function recordingFetch(statuses: number[] = []) {
  const calls: Array<{ url: string; method: string; csrf: string | null; credentials: RequestCredentials | undefined }> = [];
  const doFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), method: init.method ?? 'GET', csrf: new Headers(init.headers).get('x-csrf-token'), credentials: init.credentials });
    return new Response(null, { status: statuses.shift() ?? 200 });
  }) as typeof fetch;
  return { doFetch, calls };
}

const ORIGIN = 'http://portal.test';

describe('mayReadUser', () => {
  it('is true only for a permissions list that holds user.profile', () => {
    expect(mayReadUser(['user.profile'])).toBe(true);
    expect(mayReadUser([])).toBe(false);
    expect(mayReadUser(undefined)).toBe(false);
    expect(mayReadUser('user.profile')).toBe(false);
    expect(mayReadUser({ 0: 'user.profile', length: 1 })).toBe(false);
  });
});

describe('createShellContext: the user', () => {
  it('hands the signed-in citizen’s id, name and email to a plugin whose approved manifest asks user.profile', () => {
    const { source } = testSession(citizen);
    const { context } = createShellContext('antrean-mpp', { permissions: ['user.profile'], session: source, origin: ORIGIN });
    expect(context.user).toEqual({ id: 'u-1', name: 'Siti Aminah', email: 'siti@example.id' });
  });

  it('hands null to a plugin that did not ask, even with someone signed in', () => {
    const { source } = testSession(citizen);
    expect(createShellContext('darurat', { permissions: [], session: source, origin: ORIGIN }).context.user).toBeNull();
    expect(createShellContext('darurat', { session: source, origin: ORIGIN }).context.user).toBeNull();
  });

  it('hands null when nobody is signed in', () => {
    const { source } = testSession(null);
    expect(createShellContext('antrean-mpp', { permissions: ['user.profile'], session: source, origin: ORIGIN }).context.user).toBeNull();
  });

  it('never passes on a staff account’s role or OPD', () => {
    const { source } = testSession(publisher);
    const user = createShellContext('antrean-mpp', { permissions: ['user.profile'], session: source, origin: ORIGIN }).context.user;
    expect(user).toEqual({ id: 'u-2', name: 'Budi', email: 'budi@kominfo.go.id' });
    expect(Object.isFrozen(user)).toBe(true);
  });

  it('follows sign-in and sign-out, with one object per signed-in user', () => {
    const { source, state } = testSession(null);
    const { context } = createShellContext('antrean-mpp', { permissions: ['user.profile'], session: source, origin: ORIGIN });
    expect(context.user).toBeNull();
    state.user = citizen;
    const first = context.user;
    expect(first?.id).toBe('u-1');
    expect(context.user).toBe(first);
    state.user = null;
    expect(context.user).toBeNull();
  });
});

describe('createShellContext: fetchGateway', () => {
  it('reads from the service’s own gateway with the session cookie and no CSRF header', async () => {
    const { doFetch, calls } = recordingFetch();
    const { source } = testSession(citizen);
    const { context } = createShellContext('cek-pbb', { session: source, origin: ORIGIN, fetch: doFetch });
    await context.fetchGateway('/objek/357601000100100010');
    expect(calls).toEqual([{ url: `${ORIGIN}/api/v1/gateway/cek-pbb/objek/357601000100100010`, method: 'GET', csrf: null, credentials: 'same-origin' }]);
  });

  it('sends the session’s CSRF token with a change, and reads it again once after a 403', async () => {
    const { doFetch, calls } = recordingFetch([403, 201]);
    const { source, asked } = testSession(citizen, ['stale', 'fresh']);
    const { context } = createShellContext('curhat-ning-ita', { session: source, origin: ORIGIN, fetch: doFetch });
    expect((await context.fetchGateway('/laporan', { method: 'POST', body: '{}' })).status).toBe(201);
    expect(asked).toEqual([false, true]);
    expect(calls.map((call) => call.csrf)).toEqual(['stale', 'fresh']);
  });

  it('refuses a path that would reach another service’s gateway', async () => {
    const { doFetch, calls } = recordingFetch();
    const { source } = testSession(citizen);
    const { context } = createShellContext('cek-pbb', { session: source, origin: ORIGIN, fetch: doFetch });
    await expect(context.fetchGateway('/../curhat-ning-ita/laporan-saya')).rejects.toThrow(TypeError);
    expect(calls).toEqual([]);
  });
});
