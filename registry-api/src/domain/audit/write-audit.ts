import type { Database } from '../../db/client';
import { auditLog } from '../../db/schema';
import { actorLabel, type DomainContext } from '../context';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit row of a mutation. Call it with the mutation's transaction, never outside it. */
export async function writeAudit(tx: Database, ctx: DomainContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    actorLabel: actorLabel(ctx.actor),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip,
  });
}
