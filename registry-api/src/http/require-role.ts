import type { MiddlewareHandler } from 'hono';
import { requireAdmin, requireSignedIn, requireStaff } from '../domain/auth/authorize';
import type { AppEnv } from './app-env';

const checks = { admin: requireAdmin, staff: requireStaff, signedIn: requireSignedIn } as const;

/**
 * Route middleware (createRoute's `middleware`) that refuses the wrong caller before the body is
 * even validated, so a refused caller learns nothing about the input's shape. The domain verb
 * checks again, with the finer OPD scope: this is the first gate, not the only one.
 */
export function requireRole(who: keyof typeof checks): MiddlewareHandler<AppEnv> {
  const check = checks[who];
  return async (c, next) => {
    check(c.get('actor'));
    await next();
  };
}
