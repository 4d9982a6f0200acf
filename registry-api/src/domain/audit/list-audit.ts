import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../../db/schema';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { auditTargetLabels } from './audit-labels';

export const auditQuerySchema = z
  .object({
    action: z.string().max(100).optional().describe('e.g. service.disable'),
    actorId: z.uuid().optional(),
    targetType: z.string().max(50).optional(),
    targetId: z.string().max(200).optional(),
    from: z.iso.datetime({ offset: true }).optional().describe('ISO 8601, inclusive'),
    to: z.iso.datetime({ offset: true }).optional().describe('ISO 8601, inclusive'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().regex(/^\d{1,18}$/, 'cursor must be the nextCursor of a previous page').optional(),
  })
  .strict();

export interface AuditPage {
  items: Array<{
    id: number;
    at: string;
    actorId: string | null;
    actorLabel: string;
    action: string;
    targetType: string;
    targetId: string;
    /** The target as staff know it (service slug, user email, OPD name, slug@version, token name), read now; null when gone. */
    targetLabel: string | null;
    before: unknown;
    after: unknown;
    ip: string | null;
  }>;
  nextCursor: string | null;
}

/** The audit log, newest first, for admins: filters and keyset paging on the serial id. */
export async function listAudit(ctx: DomainContext, query: unknown): Promise<AuditPage> {
  requireAdmin(ctx.actor);
  const parsed = auditQuerySchema.safeParse(query);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  const q = parsed.data;
  const conditions: SQL[] = [];
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.actorId) conditions.push(eq(auditLog.actorId, q.actorId));
  if (q.targetType) conditions.push(eq(auditLog.targetType, q.targetType));
  if (q.targetId) conditions.push(eq(auditLog.targetId, q.targetId));
  if (q.from) conditions.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) conditions.push(lte(auditLog.at, new Date(q.to)));
  if (q.cursor) conditions.push(lt(auditLog.id, Number(q.cursor)));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const labelOf = await auditTargetLabels(ctx.db, page);
  return {
    items: page.map((row) => ({ ...row, at: row.at.toISOString(), targetLabel: labelOf(row) })),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]?.id) : null,
  };
}
