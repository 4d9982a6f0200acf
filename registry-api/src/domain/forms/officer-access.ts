import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { formRequests } from '../../db/schema';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { NotFoundError } from '../errors';
import { loadFormServiceForStaff, type ServiceRow } from './form-service';
import type { RequestRow } from './request-view';
import { normaliseTrackingCode } from './tracking-code';

/** The form service an officer works on: a publisher of its OPD, or an admin; else 403. */
export async function officerService(ctx: DomainContext, slug: string): Promise<ServiceRow> {
  requireStaff(ctx.actor);
  const service = await loadFormServiceForStaff(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  return service;
}

/** A request of that service, or 404 (a code of another service is not found here). */
export async function officerRequest(db: Database, service: ServiceRow, trackingCode: string, options: { lock?: boolean } = {}): Promise<RequestRow> {
  const query = db
    .select()
    .from(formRequests)
    .where(and(eq(formRequests.serviceId, service.id), eq(formRequests.trackingCode, normaliseTrackingCode(trackingCode))))
    .limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`No request ${trackingCode.slice(0, 40)} for "${service.slug}".`);
  return row;
}
