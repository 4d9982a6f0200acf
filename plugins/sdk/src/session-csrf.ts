/**
 * The portal refuses a signed-in citizen's POST without the session's CSRF token (a cookie alone
 * never authorises a change). The ShellContext does not hand it to plugins, so it is read from the
 * portal's own `GET /api/v1/auth/me`, as the shell does, once per origin; anonymous visitors have
 * none. Pass `refresh` after a 403 (the citizen signed in or out since) to read it again.
 */
let cached: { origin: string; token: Promise<string | null> } | null = null;

export function sessionCsrfToken(origin: string, doFetch: typeof fetch, refresh = false): Promise<string | null> {
  if (refresh || cached?.origin !== origin) {
    const token = doFetch(new URL('/api/v1/auth/me', origin), { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(async (response) => (response.ok ? ((await response.json()) as { csrfToken?: unknown }).csrfToken : null))
      .then((value) => (typeof value === 'string' ? value : null))
      .catch(() => null);
    cached = { origin, token };
  }
  return cached.token;
}
