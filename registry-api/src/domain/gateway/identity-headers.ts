import { signGatewayRequest } from '@palapa/sdk/gateway';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';

/**
 * The signed X-Palapa-User-* headers for a signed-in citizen, or null when the account is gone or
 * disabled (then nothing about them travels). `path` is the target as the back end receives it.
 */
export async function identityHeaders(db: Database, input: { userId: string; method: string; path: string; secret: string }): Promise<Record<string, string> | null> {
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, input.userId));
  if (!user || user.disabledAt) return null;
  return signGatewayRequest({ method: input.method, path: input.path, user, secret: input.secret });
}
