import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { opds, ROLES, users } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from './authorize';
import type { DomainContext } from '../context';
import { ConflictError, InputError } from '../errors';
import { hashPassword } from './password';

export const newUserSchema = z
  .object({
    email: z.email().max(254).transform((email) => email.toLowerCase()),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    opd: z.string().max(64).optional().describe('OPD slug; required for publishers'),
    password: z.string().min(12, 'password must have at least 12 characters').max(200),
  })
  .strict();
export type NewUser = z.input<typeof newUserSchema>;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  opd: { slug: string; name: string } | null;
}

/** Creates an account without an actor check: for the seed and for tests. */
export async function insertUser(db: Database, input: NewUser): Promise<PublicUser> {
  const result = newUserSchema.safeParse(input);
  if (!result.success) throw InputError.fromZod(result.error);
  const parsed = result.data;
  let opd: { id: string; slug: string; name: string } | null = null;
  if (parsed.role === 'publisher') {
    if (!parsed.opd) throw new InputError('opd: a publisher belongs to exactly one OPD; give its slug.');
    const [row] = await db.select({ id: opds.id, slug: opds.slug, name: opds.name }).from(opds).where(eq(opds.slug, parsed.opd));
    if (!row) throw new InputError(`opd: no OPD "${parsed.opd}".`);
    opd = row;
  } else if (parsed.opd) {
    throw new InputError('opd: only publishers belong to an OPD.');
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsed.email));
  if (existing) throw new ConflictError(`An account with email ${parsed.email} exists.`);
  const [row] = await db
    .insert(users)
    .values({ email: parsed.email, name: parsed.name, role: parsed.role, opdId: opd?.id ?? null, passwordHash: await hashPassword(parsed.password) })
    .returning({ id: users.id });
  if (!row) throw new Error('user insert returned no row');
  return { id: row.id, email: parsed.email, name: parsed.name, role: parsed.role, opd: opd && { slug: opd.slug, name: opd.name } };
}

/** An admin creates an account (audited). */
export async function createUser(ctx: DomainContext, input: unknown): Promise<PublicUser> {
  requireAdmin(ctx.actor);
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  return ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, parsed.data);
    await writeAudit(tx, ctx, { action: 'user.create', targetType: 'user', targetId: user.id, after: user });
    return user;
  });
}

export async function findPublicUser(db: Database, userId: string): Promise<PublicUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, opdSlug: opds.slug, opdName: opds.name })
    .from(users)
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(eq(users.id, userId));
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, opd: row.opdSlug && row.opdName ? { slug: row.opdSlug, name: row.opdName } : null };
}
