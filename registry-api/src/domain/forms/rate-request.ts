import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { satisfactionResponses } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { DomainError } from '../errors';
import { parseInput } from '../parse-input';
import { isUniqueViolation } from '../unique-violation';
import { ratingSchema } from './forms-input';
import { accessRequest } from './request-access';
import { verifierKeys } from './verifier';

const inputSchema = z.strictObject({ trackingCode: z.string().max(40), verifier: z.string().max(40).optional(), body: ratingSchema });

const alreadyRated = () => new DomainError('already_rated', 'This request has already been rated; a request is rated once.');

/** The citizen's SKM survey of a completed request, once. */
export async function rateRequest(ctx: DomainContext, input: unknown): Promise<{ submittedAt: string }> {
  const { trackingCode, verifier, body } = parseInput(inputSchema, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const request = await accessRequest(tx, trackingCode, { actor: ctx.actor, verifier, keys: verifierKeys(ctx.db) }, { lock: true });
      if (request.status !== 'selesai') {
        throw new DomainError('not_completed', `The request is "${request.status}"; it can be rated once it is "selesai".`);
      }
      const [existing] = await tx.select({ at: satisfactionResponses.at }).from(satisfactionResponses).where(eq(satisfactionResponses.requestId, request.id));
      if (existing) throw alreadyRated();
      const [row] = await tx
        .insert(satisfactionResponses)
        .values({ requestId: request.id, serviceId: request.serviceId, scores: body.scores, comment: body.comment || null })
        .returning({ at: satisfactionResponses.at });
      if (!row) throw new Error('rating insert returned no row');
      await writeAudit(tx, ctx, { action: 'form.request.rate', targetType: 'form_request', targetId: request.id, after: { trackingCode: request.trackingCode } });
      return { submittedAt: row.at.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRated();
    throw error;
  }
}
