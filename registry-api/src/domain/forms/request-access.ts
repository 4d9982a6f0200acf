// Who may read or act on a filed request: the citizen holding its verifier, the signed-in citizen
// who filed it, and (for files) the staff of its service's OPD. Every refusal is the same 404 as an
// unknown tracking code, so a guesser cannot tell a wrong verifier from a code that does not exist.
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { formRequests, services } from '../../db/schema';
import type { Actor } from '../context';
import { NotFoundError } from '../errors';
import type { RequestRow } from './request-view';
import { normaliseTrackingCode } from './tracking-code';
import { verifierMatches, type VerifierKeys } from './verifier';

export const requestNotFound = (code: string) => new NotFoundError(`No request ${code.slice(0, 40)} for this verifier.`);

export async function findRequest(db: Database, trackingCode: string, options: { lock?: boolean } = {}): Promise<RequestRow | null> {
  const query = db.select().from(formRequests).where(eq(formRequests.trackingCode, normaliseTrackingCode(trackingCode))).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export interface Caller {
  actor: Actor;
  verifier: string | null | undefined;
  /** The registry's verifier key (verifierKeys(ctx.db): not a transaction's handle, so it is cached). */
  keys: VerifierKeys;
  /** Whether the staff of the request's OPD (and admins) may read it too (files only). */
  staffToo?: boolean;
}

/** Whether `caller` may see `request`. */
export async function mayAccess(db: Database, request: RequestRow, caller: Caller): Promise<boolean> {
  const { actor } = caller;
  if (actor.kind === 'user' && request.userId === actor.userId) return true;
  if (caller.staffToo && actor.kind === 'user') {
    if (actor.role === 'admin') return true;
    if (actor.role === 'publisher') {
      const [service] = await db.select({ opdId: services.opdId }).from(services).where(eq(services.id, request.serviceId));
      if (service && service.opdId === actor.opdId) return true;
    }
  }
  if (!caller.verifier) return false;
  return verifierMatches(await caller.keys.load(), request.trackingCode, caller.verifier);
}

/** The request for a caller who may see it, or the 404 that says nothing more. */
export async function accessRequest(db: Database, trackingCode: string, caller: Caller, options: { lock?: boolean } = {}): Promise<RequestRow> {
  const request = await findRequest(db, trackingCode, options);
  if (!request || !(await mayAccess(db, request, caller))) throw requestNotFound(trackingCode);
  return request;
}
