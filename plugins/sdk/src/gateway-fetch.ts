/**
 * `shell.fetchGateway`: a plugin's one way to its OPD back end. The portal's service gateway
 * (`/api/v1/gateway/<slug>/…`, same origin) forwards the call, signing the citizen's identity for a
 * version that asks `user.profile`; a cookie-authenticated change must carry the session's CSRF
 * token. Written once here, so the shell, the test harness and every plugin agree on it.
 */
import { sessionCsrfToken } from './session-csrf';

/** Fetches `path` below the service's gateway root, e.g. `fetchGateway('/objek/3576…')`. */
export type GatewayFetch = (path: string, init?: RequestInit) => Promise<Response>;

export interface GatewayFetchOptions {
  /** The service slug: the gateway root is `/api/v1/gateway/<slug>/`. */
  slug: string;
  /** The portal's origin, e.g. `location.origin`. */
  origin: string;
  /** The fetch to call (the page's by default). */
  fetch?: typeof fetch;
  /**
   * The session's CSRF token, or null when nobody is signed in; `refresh` asks again (after a 403:
   * the citizen signed in or out since). Defaults to the SDK's `sessionCsrfToken`.
   */
  csrfToken?: (refresh: boolean) => Promise<string | null>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The gateway URL for `path`, or null if the path would leave this service's gateway root. */
export function gatewayUrl(slug: string, origin: string, path: string): URL | null {
  if (typeof path !== 'string' || path.includes('\\') || /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return null;
  const root = `/api/v1/gateway/${encodeURIComponent(slug)}`;
  const url = new URL(`${root}/${path.replace(/^\/+/, '')}`, origin);
  // The URL parser resolves `..` and `%2e%2e`: checking its result is what keeps a plugin on its own back end.
  if (url.origin !== new URL(origin).origin || (url.pathname !== root && !url.pathname.startsWith(`${root}/`))) return null;
  return url;
}

/**
 * Builds a `fetchGateway` for one service: same-origin credentials, and for a POST, PUT, PATCH or
 * DELETE the `X-CSRF-Token` header. A change refused with 403 is sent once more with a freshly read
 * token, only if the token did change (and the body can be sent twice), so a back end's own 403 is
 * never replayed.
 *
 * @example
 * const fetchGateway = createGatewayFetch({ slug: 'cek-pbb', origin: location.origin });
 * const response = await fetchGateway(`/objek/${nop}`, { headers: { accept: 'application/json' } });
 */
export function createGatewayFetch(options: GatewayFetchOptions): GatewayFetch {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const csrfToken = options.csrfToken ?? ((refresh: boolean) => sessionCsrfToken(options.origin, doFetch, refresh));
  return async (path, init = {}) => {
    const url = gatewayUrl(options.slug, options.origin, path);
    if (!url) throw new TypeError(`fetchGateway: "${String(path)}" is not a path below this service's gateway.`);
    const method = (init.method ?? 'GET').toUpperCase();
    const send = (token: string | null) => {
      const headers = new Headers(init.headers);
      if (token && !headers.has('x-csrf-token')) headers.set('x-csrf-token', token);
      return doFetch(url, { ...init, method, headers, credentials: 'same-origin' });
    };
    if (SAFE_METHODS.has(method)) return send(null);
    const token = await csrfToken(false);
    const response = await send(token);
    if (response.status !== 403 || init.body instanceof ReadableStream) return response;
    const fresh = await csrfToken(true);
    return fresh === token ? response : send(fresh);
  };
}
