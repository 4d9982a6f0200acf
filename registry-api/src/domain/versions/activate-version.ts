// Rollout and rollback are the same act: an admin makes one approved version the one citizens get.
import { eq } from 'drizzle-orm';
import { pluginVersions, services } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { ConflictError } from '../errors';
import { recordChange } from '../events/record-change';
import { parseInput } from '../parse-input';
import { loadService } from '../services/staff-service';
import { versionAddressSchema } from './version-input';
import { loadVersion, versionSummary, type VersionSummary } from './version-summary';

/**
 * Idempotent like the kill switch: activating the version that is already active answers 200 and
 * writes nothing, so a retried rollout does not make every shell reload twice.
 */
export async function activateVersion(ctx: DomainContext, input: unknown): Promise<VersionSummary> {
  requireAdmin(ctx.actor);
  const { slug, version } = parseInput(versionAddressSchema, input);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug, { lock: true });
    const row = await loadVersion(tx, service, version);
    if (row.status !== 'approved') {
      throw new ConflictError(`Version ${version} of "${slug}" is ${row.status}; only approved versions can be activated.`);
    }
    if (service.activeVersionId === row.id) return versionSummary(tx, service, version);
    const [previous] = service.activeVersionId
      ? await tx.select({ version: pluginVersions.version }).from(pluginVersions).where(eq(pluginVersions.id, service.activeVersionId))
      : [];
    await tx.update(services).set({ activeVersionId: row.id, updatedAt: new Date() }).where(eq(services.id, service.id));
    await writeAudit(tx, ctx, {
      action: 'version.activate',
      targetType: 'service',
      targetId: service.id,
      before: { slug, activeVersion: previous?.version ?? null },
      after: { slug, activeVersion: version },
    });
    await recordChange(tx, 'version.activated', { slug, version });
    await recordChange(tx, 'catalogue.changed', { slug });
    return versionSummary(tx, { ...service, activeVersionId: row.id }, version);
  });
}
