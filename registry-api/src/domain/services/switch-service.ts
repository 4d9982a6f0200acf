// The kill switch: an admin turns a service off (it leaves the catalogue and stops mounting in
// every open shell) or back on, saying why.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { services } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { recordChange } from '../events/record-change';
import { parseInput } from '../parse-input';
import { reasonSchema, slugSchema } from './service-input';
import { findStaffService, loadService, type StaffService } from './staff-service';

const switchSchema = z.strictObject({ slug: slugSchema, body: reasonSchema });

export const disableService = (ctx: DomainContext, input: unknown) => switchService(ctx, input, false);
export const enableService = (ctx: DomainContext, input: unknown) => switchService(ctx, input, true);

/**
 * Idempotent: switching a service to the state it is already in answers 200 with the service and
 * writes nothing (no audit row, no change event), so a retried request never notifies shells twice.
 */
async function switchService(ctx: DomainContext, input: unknown, enabled: boolean): Promise<StaffService> {
  requireAdmin(ctx.actor);
  const { slug, body } = parseInput(switchSchema, input);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug, { lock: true });
    if (service.enabled === enabled) return findStaffService(tx, slug);
    await tx.update(services).set({ enabled, updatedAt: new Date() }).where(eq(services.id, service.id));
    await writeAudit(tx, ctx, {
      action: enabled ? 'service.enable' : 'service.disable',
      targetType: 'service',
      targetId: service.id,
      before: { slug, enabled: service.enabled },
      after: { slug, enabled, reason: body.reason },
    });
    await recordChange(tx, enabled ? 'service.enabled' : 'service.disabled', { slug, reason: body.reason });
    return findStaffService(tx, slug);
  });
}
