import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../db/client';
import { actorFromSession, actorFromToken } from '../domain/auth/sessions';
import { ANONYMOUS } from '../domain/context';
import { DomainError } from '../domain/errors';
import type { AppEnv } from './app-env';

export const SESSION_COOKIE = 'palapa_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves who is calling: an API token (`Authorization: Bearer palapa_…`) or a session cookie.
 * Cookie-authenticated mutations must echo the session's CSRF token in `X-CSRF-Token`; a cookie
 * alone never authorises a change, so a forged cross-site form cannot act for a signed-in admin.
 */
export function authMiddleware(db: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('ip', clientIp(c));
    c.set('actor', ANONYMOUS);
    c.set('csrfToken', null);
    c.set('sessionSecret', null);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S{10,200})$/i.exec(authorization);
      const actor = match?.[1] ? await actorFromToken(db, match[1]) : null;
      if (!actor) throw new DomainError('unauthorized', 'The API token is invalid, expired or revoked; create a new one.');
      c.set('actor', actor);
      return next();
    }
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret && secret.length <= 200) {
      const resolved = await actorFromSession(db, secret);
      if (resolved) {
        c.set('actor', resolved.actor);
        c.set('csrfToken', resolved.csrfToken);
        c.set('sessionSecret', secret);
        if (UNSAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== resolved.csrfToken) {
          throw new DomainError('forbidden', 'Missing or wrong X-CSRF-Token header; read it from GET /api/v1/auth/me.');
        }
      }
    }
    return next();
  };
}

/** The caller's address for the audit log and rate limits; null where there is no socket (tests). */
export function clientIp(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
