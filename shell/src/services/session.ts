import { t } from '../i18n/locale';

/**
 * Who is signed in to the portal (staff: admins and OPD publishers; citizens too), shared by the
 * header, the developer override and the console. The session cookie is httpOnly, so the shell
 * learns the user from `GET /api/v1/auth/me`; the CSRF token that answer carries must accompany
 * every cookie-authenticated mutation (`mutationHeaders()`).
 *
 * Deliberately free of zod and lit: this file is in the shell's start-up JavaScript.
 */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'publisher' | 'citizen';
  opd: { slug: string; name: string } | null;
}

type Listener = (user: SessionUser | null) => void;
const ROLES = new Set(['admin', 'publisher', 'citizen']);

class SessionStore {
  user: SessionUser | null = null;
  private csrfToken: string | null = null;
  private readonly listeners = new Set<Listener>();
  /** Settles once the first `GET /api/v1/auth/me` is answered (or failed: then nobody is signed in). */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = this.refresh();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the registry again who is signed in, e.g. after an API call answered 401. */
  async refresh(): Promise<void> {
    if (typeof fetch === 'undefined' || typeof location === 'undefined') return;
    try {
      const response = await fetch('/api/v1/auth/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      const body: unknown = response.ok ? await response.json() : null;
      this.set(readSession(body));
    } catch {
      // Offline or server down: nobody is signed in as far as the shell can tell.
      this.set(null);
    }
  }

  /** Signs in; throws an Error whose message is a plain sentence in the user's language. */
  async signIn(email: string, password: string): Promise<SessionUser> {
    let response: Response;
    try {
      response = await fetch('/api/v1/auth/sign-in', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email: email.trim(), password }),
      });
    } catch {
      throw new Error(t('session.error.network'));
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new Error(signInErrorMessage(response, body));
    const session = readSession(body);
    if (!session) throw new Error(t('session.error.generic'));
    this.set(session);
    return session.user;
  }

  async signOut(): Promise<void> {
    try {
      await fetch('/api/v1/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: this.mutationHeaders() });
    } finally {
      // Even if the server could not be told, this device forgets the user.
      this.set(null);
    }
  }

  /** The `X-CSRF-Token` header every cookie-authenticated mutation must send. */
  mutationHeaders(): Record<string, string> {
    return this.csrfToken ? { 'X-CSRF-Token': this.csrfToken } : {};
  }

  private set(session: { user: SessionUser; csrfToken: string } | null) {
    const before = JSON.stringify(this.user);
    this.user = session?.user ?? null;
    this.csrfToken = session?.csrfToken ?? null;
    if (JSON.stringify(this.user) === before) return;
    for (const listener of this.listeners) listener(this.user);
  }
}

function signInErrorMessage(response: Response, body: unknown): string {
  switch (response.status) {
    case 400:
    case 401:
      return t('session.error.credentials');
    case 403:
      return t('session.error.forbidden');
    case 429: {
      // The registry says how long in the error's details; a proxy may say it in Retry-After.
      const details = isRecord(body) && isRecord(body.error) && isRecord(body.error.details) ? body.error.details : {};
      const seconds = Number(details.retryAfterSeconds ?? response.headers.get('retry-after'));
      const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 15;
      return t('session.error.rateLimited', { minutes });
    }
    default:
      return t('session.error.generic');
  }
}

/** Checks the registry's `{ user, csrfToken }` by hand (no zod here, see the header). */
function readSession(body: unknown): { user: SessionUser; csrfToken: string } | null {
  if (!isRecord(body) || typeof body.csrfToken !== 'string' || !isRecord(body.user)) return null;
  const { id, email, name, role, opd } = body.user;
  if (typeof id !== 'string' || typeof email !== 'string' || typeof name !== 'string') return null;
  if (typeof role !== 'string' || !ROLES.has(role)) return null;
  const validOpd = opd === null || (isRecord(opd) && typeof opd.slug === 'string' && typeof opd.name === 'string');
  if (!validOpd) return null;
  return {
    user: { id, email, name, role: role as SessionUser['role'], opd: opd === null ? null : { slug: opd.slug as string, name: opd.name as string } },
    csrfToken: body.csrfToken,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export const session = new SessionStore();
