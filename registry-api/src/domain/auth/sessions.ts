import { and, count, eq, gt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { apiTokens, sessions, signInFailures, users } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { Actor, DomainContext } from '../context';
import { DomainError, InputError, RateLimitedError } from '../errors';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';
import { hashSecret } from './secrets';
import { startSession } from './start-session';
import { findPublicUser, type PublicUser } from './users';

export { SESSION_TTL_MS } from './start-session';
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

const signInSchema = z.object({ email: z.string().max(254), password: z.string().max(200) }).strict();

export interface SignedInSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
  user: PublicUser;
}

/**
 * Checks a password and opens a session. After 5 failures for an email (or 30 from one address)
 * within 15 minutes, further attempts are refused until the window passes, on every instance,
 * because failures are counted in the database.
 */
export async function signIn(ctx: DomainContext, input: unknown): Promise<SignedInSession> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  const email = parsed.data.email.trim().toLowerCase();
  const ip = ctx.ip ?? 'unknown';
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [failures] = await ctx.db
    .select({
      byEmail: count(sql`case when ${signInFailures.email} = ${email} then 1 end`),
      byIp: count(sql`case when ${signInFailures.ip} = ${ip} then 1 end`),
    })
    .from(signInFailures)
    .where(and(gt(signInFailures.at, since), or(eq(signInFailures.email, email), eq(signInFailures.ip, ip))));
  if ((failures?.byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL || (failures?.byIp ?? 0) >= MAX_FAILURES_PER_IP) {
    throw new RateLimitedError('Too many failed sign-ins. Wait 15 minutes and try again.', FAILURE_WINDOW_MS / 1000);
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !valid || user.disabledAt) {
    await ctx.db.insert(signInFailures).values({ email, ip });
    throw new DomainError('unauthorized', 'The email or password is wrong.');
  }
  const session = await ctx.db.transaction(async (tx) => {
    const opened = await startSession(tx, user.id);
    await tx.delete(signInFailures).where(eq(signInFailures.email, email));
    const signedIn: Actor = { kind: 'user', userId: user.id, email: user.email, role: user.role, opdId: user.opdId, via: 'session' };
    await writeAudit(tx, { ...ctx, actor: signedIn }, { action: 'auth.sign_in', targetType: 'user', targetId: user.id });
    return opened;
  });
  const publicUser = await findPublicUser(ctx.db, user.id);
  if (!publicUser) throw new Error('user vanished during sign-in');
  return { ...session, user: publicUser };
}

export async function signOut(ctx: DomainContext, sessionSecret: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const deleted = await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(sessionSecret))).returning({ userId: sessions.userId });
    if (deleted[0]) await writeAudit(tx, ctx, { action: 'auth.sign_out', targetType: 'user', targetId: deleted[0].userId });
  });
}

export interface ResolvedActor {
  actor: Actor;
  /** For a session: the token mutations must echo. */
  csrfToken: string | null;
}

/** Who a session cookie belongs to, if it is valid and its user is not disabled. */
export async function actorFromSession(db: Database, secret: string): Promise<ResolvedActor | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, hashSecret(secret)), gt(sessions.expiresAt, new Date())));
  if (!row || row.user.disabledAt) return null;
  const { user } = row;
  return { actor: { kind: 'user', userId: user.id, email: user.email, role: user.role, opdId: user.opdId, via: 'session' }, csrfToken: row.csrfToken };
}

/** Who an API token belongs to, scoped to the token's OPD; records its last use. */
export async function actorFromToken(db: Database, secret: string): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.secretHash, hashSecret(secret)));
  if (!row || row.token.revokedAt || row.token.expiresAt <= new Date() || row.user.disabledAt) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.token.id));
  return { kind: 'user', userId: row.user.id, email: row.user.email, role: row.user.role, opdId: row.token.opdId, via: 'token' };
}
