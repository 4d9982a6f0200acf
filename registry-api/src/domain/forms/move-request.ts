import { canMoveRequest } from '@palapa/sdk/forms';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { formRequestEvents, formRequests, formUploads } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { DomainError, InputError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { transitionSchema } from './forms-input';
import { officerRequest, officerService } from './officer-access';
import { requestView, type RequestView } from './request-view';

const inputSchema = z.strictObject({ slug: slugSchema, trackingCode: z.string().max(40), body: transitionSchema });

/**
 * An officer moves a request along the workflow. `from` must be the status the officer saw: the
 * request row is locked and compared, so of two officers acting at once the second gets 409
 * `status_changed` instead of overwriting the first.
 */
export async function moveRequest(ctx: DomainContext, input: unknown): Promise<RequestView> {
  const { slug, trackingCode, body } = parseInput(inputSchema, input);
  const service = await officerService(ctx, slug);
  const note = body.note ? body.note : null;
  if (body.to === 'ditolak' && !note) {
    throw new InputError('note: a rejection needs a note telling the citizen why (and what to do).', [{ field: 'note', message: 'required when rejecting' }]);
  }
  const attachments = [...new Set(body.attachments ?? [])];
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return ctx.db.transaction(async (tx) => {
    const request = await officerRequest(tx, service, trackingCode, { lock: true });
    if (request.status !== body.from) {
      throw new DomainError('status_changed', `The request is now "${request.status}", not "${body.from}": someone moved it; reload it.`, { status: request.status });
    }
    if (!canMoveRequest(body.from, body.to)) {
      throw new DomainError('invalid_transition', `A request cannot go from "${body.from}" to "${body.to}".`);
    }
    const at = new Date();
    const [event] = await tx.insert(formRequestEvents).values({ requestId: request.id, status: body.to, note, actorId, at }).returning({ id: formRequestEvents.id });
    if (!event) throw new Error('timeline insert returned no row');
    if (attachments.length > 0) {
      const sent = await tx
        .update(formUploads)
        .set({ eventId: event.id })
        .where(and(inArray(formUploads.id, attachments), eq(formUploads.requestId, request.id), isNull(formUploads.fieldKey), isNull(formUploads.eventId)))
        .returning({ id: formUploads.id });
      if (sent.length !== attachments.length) {
        throw new InputError('attachments: each must be an attachment uploaded for this request and not sent yet.', [{ field: 'attachments', message: 'unknown or already sent' }]);
      }
    }
    const [moved] = await tx.update(formRequests).set({ status: body.to, updatedAt: at }).where(eq(formRequests.id, request.id)).returning();
    if (!moved) throw new Error('request update returned no row');
    await writeAudit(tx, ctx, {
      action: 'form.request.move',
      targetType: 'form_request',
      targetId: request.id,
      before: { trackingCode: request.trackingCode, status: request.status },
      after: { trackingCode: request.trackingCode, status: body.to, note, attachments },
    });
    return requestView(tx, moved, { forStaff: true });
  });
}
