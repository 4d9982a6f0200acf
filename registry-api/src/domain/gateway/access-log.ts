// "Which service read my data, when": one row each time the gateway passed a citizen's identity
// to an OPD back end, and the citizen's own view of those rows.
import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { gatewayAccessLog, services } from '../../db/schema';
import type { LocalizedText } from '@palapa/sdk';
import { requireSignedIn } from '../auth/authorize';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';

export interface AccessRecord {
  userId: string;
  serviceId: string;
  method: string;
  path: string;
  status: number;
}

export async function recordAccess(db: Database, record: AccessRecord): Promise<void> {
  await db.insert(gatewayAccessLog).values({ ...record, path: record.path.slice(0, 2048) });
}

export const accessLogQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().regex(/^\d{1,18}$/, 'cursor must be the nextCursor of a previous page').optional(),
});

export interface AccessLogPage {
  items: Array<{ service: { slug: string; name: LocalizedText }; method: string; path: string; status: number; at: string }>;
  nextCursor: string | null;
}

/** The caller's own rows, newest first, keyset-paged on the serial id. */
export async function listOwnAccessLog(ctx: DomainContext, query: unknown): Promise<AccessLogPage> {
  const user = requireSignedIn(ctx.actor);
  const { limit, cursor } = parseInput(accessLogQuerySchema, query);
  const rows = await ctx.db
    .select({ id: gatewayAccessLog.id, slug: services.slug, name: services.name, method: gatewayAccessLog.method, path: gatewayAccessLog.path, status: gatewayAccessLog.status, at: gatewayAccessLog.at })
    .from(gatewayAccessLog)
    .innerJoin(services, eq(services.id, gatewayAccessLog.serviceId))
    .where(and(eq(gatewayAccessLog.userId, user.userId), cursor ? lt(gatewayAccessLog.id, Number(cursor)) : undefined))
    .orderBy(desc(gatewayAccessLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({ service: { slug: row.slug, name: row.name }, method: row.method, path: row.path, status: row.status, at: row.at.toISOString() })),
    nextCursor: rows.length > limit ? String(page[page.length - 1]?.id) : null,
  };
}
