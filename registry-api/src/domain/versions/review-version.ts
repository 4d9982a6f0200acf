// An admin reviews a pending version: approving lets it be activated, rejecting retires it for good.
import { eq } from 'drizzle-orm';
import { pluginVersions, type VersionStatus } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { ConflictError } from '../errors';
import { parseInput } from '../parse-input';
import { loadService } from '../services/staff-service';
import { approvalSchema, rejectionSchema, versionAddressSchema } from './version-input';
import { loadVersion, versionSummary, type VersionSummary } from './version-summary';

const approveSchema = versionAddressSchema.extend({ body: approvalSchema });
const rejectSchema = versionAddressSchema.extend({ body: rejectionSchema });

export async function approveVersion(ctx: DomainContext, input: unknown): Promise<VersionSummary> {
  requireAdmin(ctx.actor);
  const { slug, version, body } = parseInput(approveSchema, input);
  return review(ctx, { slug, version, status: 'approved', note: body.note ?? null });
}

export async function rejectVersion(ctx: DomainContext, input: unknown): Promise<VersionSummary> {
  requireAdmin(ctx.actor);
  const { slug, version, body } = parseInput(rejectSchema, input);
  return review(ctx, { slug, version, status: 'rejected', note: body.reason });
}

interface Review {
  slug: string;
  version: string;
  status: Exclude<VersionStatus, 'pending'>;
  note: string | null;
}

async function review(ctx: DomainContext, { slug, version, status, note }: Review): Promise<VersionSummary> {
  const reviewer = requireAdmin(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug);
    const row = await loadVersion(tx, service, version);
    if (row.status !== 'pending') {
      throw new ConflictError(`Version ${version} of "${slug}" is already ${row.status}; only pending versions are reviewed.`);
    }
    const reviewedAt = new Date();
    await tx.update(pluginVersions).set({ status, reviewedBy: reviewer.userId, reviewedAt, reviewNote: note }).where(eq(pluginVersions.id, row.id));
    await writeAudit(tx, ctx, {
      action: status === 'approved' ? 'version.approve' : 'version.reject',
      targetType: 'plugin_version',
      targetId: row.id,
      before: { slug, version, status: row.status },
      after: { slug, version, status, note },
    });
    return versionSummary(tx, service, version);
  });
}
