// The admins' overview of usage: every service, the most opened in the window first.
import type { LocalizedText, ServiceKind } from '@palapa/sdk';
import { asc, desc, eq, gt, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { opds, services, serviceUsage } from '../../db/schema';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { decodeJsonCursor, encodeJsonCursor } from '../json-cursor';
import { parseInput } from '../parse-input';
import { isStorableText } from '../storable-text';
import { filedRequestsByService } from './filed-requests';
import { jakartaWindowStart } from './jakarta-day';
import { usageDaysSchema } from './service-usage';

export const usageOverviewQuerySchema = z.strictObject({
  days: usageDaysSchema,
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size, 1–200'),
  cursor: z.string().max(400).optional().describe('nextCursor of the previous page'),
});

/** Where the next page starts: the last row's opens and slug, the order of the list. */
const cursorSchema = z.strictObject({ o: z.number().int().min(0), s: z.string().max(100).refine(isStorableText) });

export interface ServiceUsageSummary {
  slug: string;
  name: LocalizedText;
  kind: ServiceKind;
  enabled: boolean;
  opd: { slug: string; name: string };
  opens: number;
  formStarts: number;
  requests: number;
}

export async function listUsageOverview(ctx: DomainContext, query: unknown): Promise<{ items: ServiceUsageSummary[]; nextCursor: string | null }> {
  requireAdmin(ctx.actor);
  const { days, limit, cursor } = parseInput(usageOverviewQuerySchema, query);
  const after = cursor === undefined ? null : decodeJsonCursor(cursor, cursorSchema);
  if (cursor !== undefined && !after) throw new InputError('cursor: is not a cursor this list gave out; start again without it.');

  const windowTotals = ctx.db
    .select({
      serviceId: serviceUsage.serviceId,
      opens: sql<number>`sum(${serviceUsage.opens})::int`.as('window_opens'),
      formStarts: sql<number>`sum(${serviceUsage.formStarts})::int`.as('window_form_starts'),
    })
    .from(serviceUsage)
    .where(gte(serviceUsage.day, sql`${jakartaWindowStart(days)}`))
    .groupBy(serviceUsage.serviceId)
    .as('window_totals');
  const opens = sql<number>`coalesce(${windowTotals.opens}, 0)`;
  const rows = await ctx.db
    .select({
      id: services.id,
      slug: services.slug,
      name: services.name,
      kind: services.kind,
      enabled: services.enabled,
      opd: { slug: opds.slug, name: opds.name },
      opens,
      formStarts: sql<number>`coalesce(${windowTotals.formStarts}, 0)`,
    })
    .from(services)
    .innerJoin(opds, eq(opds.id, services.opdId))
    .leftJoin(windowTotals, eq(windowTotals.serviceId, services.id))
    .where(after ? sql`(${opens} < ${after.o} or (${opens} = ${after.o} and ${gt(services.slug, after.s)}))` : undefined)
    .orderBy(desc(opens), asc(services.slug))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const requests = await filedRequestsByService(ctx.db, page.map((row) => row.id), days);
  const items = page.map(({ id, ...row }) => ({ ...row, opens: Number(row.opens), formStarts: Number(row.formStarts), requests: requests.get(id) ?? 0 }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeJsonCursor({ o: last.opens, s: last.slug }) : null };
}

