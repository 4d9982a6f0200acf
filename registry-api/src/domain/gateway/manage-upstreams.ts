// Which OPD back end a service's gateway forwards to: a publisher of the service's OPD proposes,
// an admin approves (retiring the previously approved one) or rejects. Every change is audited in
// its own transaction.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { serviceUpstreams, type UpstreamStatus } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireActsForOpd, requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { ConflictError, NotFoundError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { loadService } from '../services/staff-service';
import { upstreamUrlSchema } from './upstream-url';

export const proposalSchema = z.strictObject({
  url: upstreamUrlSchema.describe('the OPD back end, e.g. https://api.bpkpd.mojokertokota.go.id/pbb'),
  note: z.string().trim().max(500).optional().describe('for the reviewing admin'),
});
export const upstreamRejectionSchema = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export const upstreamIdSchema = z.uuid({ message: 'must be the id of an upstream proposal' });

export interface UpstreamSummary {
  id: string;
  url: string;
  status: UpstreamStatus;
  note: string | null;
  proposedBy: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
}

function toSummary(row: typeof serviceUpstreams.$inferSelect): UpstreamSummary {
  return {
    id: row.id,
    url: row.url,
    status: row.status,
    note: row.note,
    proposedBy: row.proposedBy,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUpstreams(ctx: DomainContext, input: unknown): Promise<UpstreamSummary[]> {
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  const rows = await ctx.db
    .select()
    .from(serviceUpstreams)
    .where(eq(serviceUpstreams.serviceId, service.id))
    .orderBy(desc(serviceUpstreams.createdAt), desc(serviceUpstreams.id));
  return rows.map(toSummary);
}

export async function proposeUpstream(ctx: DomainContext, input: unknown): Promise<UpstreamSummary> {
  const { slug, body } = parseInput(z.strictObject({ slug: slugSchema, body: proposalSchema }), input);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug);
    const proposer = requireActsForOpd(ctx.actor, service.opdId);
    const [row] = await tx
      .insert(serviceUpstreams)
      .values({ serviceId: service.id, url: body.url, note: body.note ?? null, proposedBy: proposer.userId })
      .returning();
    if (!row) throw new Error('upstream insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'gateway.upstream.propose',
      targetType: 'service',
      targetId: service.id,
      after: { slug, upstreamId: row.id, url: row.url, note: row.note },
    });
    return toSummary(row);
  });
}

const reviewAddress = { slug: slugSchema, id: upstreamIdSchema };

export async function approveUpstream(ctx: DomainContext, input: unknown): Promise<UpstreamSummary> {
  requireAdmin(ctx.actor);
  const { slug, id } = parseInput(z.strictObject(reviewAddress), input);
  return review(ctx, slug, id, 'approved', null);
}

export async function rejectUpstream(ctx: DomainContext, input: unknown): Promise<UpstreamSummary> {
  requireAdmin(ctx.actor);
  const { slug, id, body } = parseInput(z.strictObject({ ...reviewAddress, body: upstreamRejectionSchema }), input);
  return review(ctx, slug, id, 'rejected', body.reason);
}

async function review(ctx: DomainContext, slug: string, id: string, status: 'approved' | 'rejected', note: string | null) {
  const reviewer = requireAdmin(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // The service row lock serialises two approvals of the same service's upstreams.
    const service = await loadService(tx, slug, { lock: true });
    const row = await loadProposal(tx, service.id, slug, id);
    if (row.status !== 'pending') throw new ConflictError(`Upstream ${id} of "${slug}" is already ${row.status}; only pending proposals are reviewed.`);
    let retired: string | null = null;
    if (status === 'approved') {
      const previous = await tx
        .update(serviceUpstreams)
        .set({ status: 'retired' })
        .where(and(eq(serviceUpstreams.serviceId, service.id), eq(serviceUpstreams.status, 'approved')))
        .returning({ url: serviceUpstreams.url });
      retired = previous[0]?.url ?? null;
    }
    const [updated] = await tx
      .update(serviceUpstreams)
      .set({ status, reviewedBy: reviewer.userId, reviewedAt: new Date(), reviewNote: note })
      .where(eq(serviceUpstreams.id, row.id))
      .returning();
    if (!updated) throw new Error('upstream update returned no row');
    await writeAudit(tx, ctx, {
      action: status === 'approved' ? 'gateway.upstream.approve' : 'gateway.upstream.reject',
      targetType: 'service',
      targetId: service.id,
      before: { slug, upstreamId: id, url: row.url, status: row.status, approvedUrl: retired },
      after: { slug, upstreamId: id, url: row.url, status, note },
    });
    return toSummary(updated);
  });
}

async function loadProposal(db: Database, serviceId: string, slug: string, id: string) {
  const [row] = await db
    .select()
    .from(serviceUpstreams)
    .where(and(eq(serviceUpstreams.id, id), eq(serviceUpstreams.serviceId, serviceId)));
  if (!row) throw new NotFoundError(`No upstream proposal ${id} for "${slug}".`);
  return row;
}
