import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, signInFailures, users } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { Actor, DomainContext } from '../context';
import { DomainError, RateLimitedError } from '../errors';
import { parseInput } from '../parse-input';
import { FAILURE_WINDOW_MS, MAX_FAILURES_PER_IP, type SignedInSession } from './sessions';
import { startSession } from './start-session';
import { hashPassword } from './password';
import { type PublicUser } from './users';
import { isUniqueViolation } from '../unique-violation';

export const registrationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  password: z.string().min(10, 'password must have at least 10 characters').max(200),
});

/** Accounts one address may open per window: a family or a kelurahan office, not a script. */
const MAX_REGISTRATIONS_PER_IP = 10;
/** Failed attempts (an email that exists) are recorded under this prefix, apart from sign-in failures by email. */
const ATTEMPT_PREFIX = 'register:';

/**
 * A citizen opens an account and is signed in. Rate-limited like sign-in, on every instance: an
 * address that failed too often (sign-ins and registrations for taken emails, counted together) or
 * opened too many accounts in 15 minutes waits. Registrations are counted from the audit log, which
 * records each with its address.
 */
export async function register(ctx: DomainContext, input: unknown): Promise<SignedInSession> {
  const body = parseInput(registrationSchema, input);
  const email = body.email.toLowerCase();
  const ip = ctx.ip ?? 'unknown';
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [failures] = await ctx.db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, since)));
  const [opened] = await ctx.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.register'), ctx.ip === null ? isNull(auditLog.ip) : eq(auditLog.ip, ctx.ip), gt(auditLog.at, since)));
  if ((failures?.n ?? 0) >= MAX_FAILURES_PER_IP || (opened?.n ?? 0) >= MAX_REGISTRATIONS_PER_IP) {
    throw new RateLimitedError('Too many accounts or attempts from this address. Wait 15 minutes and try again.', FAILURE_WINDOW_MS / 1000);
  }
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) {
    await ctx.db.insert(signInFailures).values({ email: `${ATTEMPT_PREFIX}${email}`, ip });
    throw new DomainError('email_taken', `An account with ${email} exists; sign in, or use another email.`);
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      // Not insertUser: staff passwords need 12 characters, a citizen's 10 (the contract).
      const [row] = await tx.insert(users).values({ email, name: body.name, role: 'citizen', passwordHash: await hashPassword(body.password) }).returning({ id: users.id });
      if (!row) throw new Error('user insert returned no row');
      const user: PublicUser = { id: row.id, email, name: body.name, role: 'citizen', opd: null };
      const session = await startSession(tx, user.id);
      const signedIn: Actor = { kind: 'user', userId: user.id, email, role: 'citizen', opdId: null, via: 'session' };
      await writeAudit(tx, { ...ctx, actor: signedIn }, { action: 'auth.register', targetType: 'user', targetId: user.id, after: { email, role: 'citizen' } });
      return { ...session, user };
    });
  } catch (error) {
    // Two registrations for one email at once: the unique email decides, the loser hears why.
    if (isUniqueViolation(error)) throw new DomainError('email_taken', `An account with ${email} exists; sign in, or use another email.`);
    throw error;
  }
}
