// The accounts admins manage, listed: the console's users page shows them (it could only create).
import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { opds, ROLES, users } from '../../db/schema';
import { requireAdmin } from '../auth/authorize';
import type { PublicUser } from '../auth/users';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { decodeJsonCursor, encodeJsonCursor } from '../json-cursor';
import { parseInput } from '../parse-input';
import { isStorableText } from '../storable-text';

export const userQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).refine(isStorableText, 'must not contain NUL characters or broken unicode').optional().describe('part of the email or the name'),
  role: z.enum(ROLES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size, 1–200'),
  cursor: z.string().max(400).optional().describe('nextCursor of the previous page'),
});

/** Where the next page starts: the last row's email (unique), the order of the list. */
const cursorSchema = z.strictObject({ e: z.string().max(300).refine(isStorableText) });

export interface ListedUser extends PublicUser {
  disabled: boolean;
  createdAt: string;
}

/** LIKE treats % and _ as wildcards: a search for "a_b" means the characters. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Accounts by email, a page at a time, for admins. Password hashes never leave the table. */
export async function listUsers(ctx: DomainContext, query: unknown): Promise<{ items: ListedUser[]; nextCursor: string | null }> {
  requireAdmin(ctx.actor);
  const { q, role, limit, cursor } = parseInput(userQuerySchema, query);
  const after = cursor === undefined ? null : decodeJsonCursor(cursor, cursorSchema);
  if (cursor !== undefined && !after) throw new InputError('cursor: is not a cursor this list gave out; start again without it.');
  const conditions: Array<SQL | undefined> = [
    q ? or(ilike(users.email, likePattern(q)), ilike(users.name, likePattern(q))) : undefined,
    role ? eq(users.role, role) : undefined,
    after ? gt(users.email, after.e) : undefined,
  ];
  const rows = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      opdSlug: opds.slug,
      opdName: opds.name,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(and(...conditions))
    .orderBy(asc(users.email))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    opd: row.opdSlug && row.opdName ? { slug: row.opdSlug, name: row.opdName } : null,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeJsonCursor({ e: last.email }) : null };
}
