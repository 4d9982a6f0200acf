import { lt } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { sessions } from '../../db/schema';
import { hashSecret, newSecret } from './secrets';

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Opens a session for `userId` in the caller's transaction (and sweeps expired ones). */
export async function startSession(tx: Database, userId: string): Promise<NewSession> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await tx.insert(sessions).values({ idHash: hashSecret(secret), userId, csrfToken, expiresAt });
  await tx.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { secret, csrfToken, expiresAt };
}
