import { and, asc, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { opds, pluginVersions, services } from '../../db/schema';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { DomainError, InputError } from '../errors';
import { decodeJsonCursor, encodeJsonCursor } from '../json-cursor';
import { parseInput } from '../parse-input';
import { isStorableText } from '../storable-text';
import { slugSchema } from './service-input';
import { findStaffService, loadService, selectStaffServices, toStaffService, type StaffService } from './staff-service';

const DEFAULT_PAGE = 500;
const MAX_PAGE = 1000;

export const staffServiceQuerySchema = z.strictObject({
  opd: slugSchema.optional().describe('only this OPD (admins)'),
  review: z.enum(['pending']).optional().describe('"pending": only services with a version waiting for review (the approval queue)'),
  q: z.string().trim().min(1).max(100).optional().describe('part of the slug or of the name (either language)'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`page size, 1–${MAX_PAGE}`),
  cursor: z.string().max(400).optional().describe('nextCursor of the previous page'),
});

/** Where the next page starts: the last row's (OPD slug, service slug), the order of the list. */
const cursorText = z.string().max(100).refine(isStorableText); // compared in SQL: no NUL, no 500
const cursorSchema = z.strictObject({ o: cursorText, s: cursorText });

function decodeCursor(cursor: string): z.infer<typeof cursorSchema> {
  const after = decodeJsonCursor(cursor, cursorSchema);
  if (!after) throw new InputError('cursor: is not a cursor this list gave out; start again without it.');
  return after;
}

const encodeCursor = (service: StaffService) => encodeJsonCursor({ o: service.opd.slug, s: service.slug });

/** LIKE treats % and _ as wildcards: a search for "50%" means the characters. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The services a publisher runs (its OPD's), or for an admin every service, disabled ones
 * included; in pages, since a national portal's admin sees tens of thousands.
 */
export async function listStaffServices(
  ctx: DomainContext,
  query: unknown,
): Promise<{ items: StaffService[]; nextCursor: string | null }> {
  const user = requireStaff(ctx.actor);
  const { opd, review, q, limit, cursor } = parseInput(staffServiceQuerySchema, query);
  const conditions: SQL[] = [];
  if (user.role === 'publisher') {
    if (!user.opdId) throw new DomainError('forbidden', 'Your account belongs to no OPD; ask an admin.');
    conditions.push(eq(services.opdId, user.opdId));
  }
  if (opd) conditions.push(eq(opds.slug, opd));
  if (review === 'pending') {
    const pending = ctx.db
      .select({ one: sql`1` })
      .from(pluginVersions)
      .where(and(eq(pluginVersions.serviceId, services.id), eq(pluginVersions.status, 'pending')));
    conditions.push(exists(pending));
  }
  if (q) {
    const pattern = likePattern(q);
    const nameMatches = or(ilike(services.slug, pattern), sql`${services.name}->>'id' ilike ${pattern}`, sql`${services.name}->>'en' ilike ${pattern}`);
    if (nameMatches) conditions.push(nameMatches);
  }
  if (cursor) {
    const after = decodeCursor(cursor);
    conditions.push(sql`(${opds.slug}, ${services.slug}) > (${after.o}, ${after.s})`);
  }
  const rows = await selectStaffServices(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(opds.slug), asc(services.slug))
    .limit(limit + 1);
  // A publisher asking for another OPD gets nothing rather than an error: the filter simply matches none.
  const items = rows.slice(0, limit).map(toStaffService);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** One service as staff see it: its OPD's publishers and admins (what the console's service page shows). */
export async function getStaffService(ctx: DomainContext, input: unknown): Promise<StaffService> {
  requireStaff(ctx.actor);
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  return findStaffService(ctx.db, slug);
}
