import { signGatewayRequest, type GatewayUser } from '@palapa/sdk/gateway';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';

export interface IdentityRequest {
  userId: string;
  method: string;
  /** The target as the back end receives it: path and query. */
  path: string;
  secret: string;
}

/**
 * Signs X-Palapa-User-* headers for a signed-in citizen; null when the account is gone or
 * disabled (then nothing about them travels). A citizen's name and email are reused for
 * `cacheMs` (the session lookup before it has already refused a disabled account), so a burst
 * of calls costs one query, not one each.
 */
export function identitySigner(db: Database, cacheMs: number) {
  const profiles = new Map<string, { user: GatewayUser | null; expiresAt: number }>();
  async function profileOf(userId: string): Promise<GatewayUser | null> {
    const now = Date.now();
    const cached = profiles.get(userId);
    if (cached && cached.expiresAt > now) return cached.user;
    const [row] = await db.select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    const user = row && !row.disabledAt ? { id: row.id, name: row.name, email: row.email } : null;
    if (cacheMs > 0) {
      if (profiles.size >= 10_000) profiles.clear();
      profiles.set(userId, { user, expiresAt: now + cacheMs });
    }
    return user;
  }
  return async (input: IdentityRequest): Promise<Record<string, string> | null> => {
    const user = await profileOf(input.userId);
    return user ? signGatewayRequest({ method: input.method, path: input.path, user, secret: input.secret }) : null;
  };
}
