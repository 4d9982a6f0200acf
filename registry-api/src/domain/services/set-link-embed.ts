// Embedding a link service in the portal (a sandboxed iframe) is a security decision, so it is
// the admin's: publishers propose the URL, an admin decides what the app may do inside the portal.
import type { LinkEmbed } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { services } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { recordChange } from '../events/record-change';
import { parseInput } from '../parse-input';
import { linkEmbedBodySchema, linkUrlProblem } from './link-embed-input';
import { slugSchema } from './service-input';
import { findStaffService, loadService, type StaffService } from './staff-service';

const setLinkEmbedSchema = z.strictObject({ slug: slugSchema, body: linkEmbedBodySchema });

/**
 * Sets (or, with null, removes) a link service's embed. Idempotent like the kill switch: the
 * choice it already has answers 200 and writes nothing.
 */
export async function setLinkEmbed(ctx: DomainContext, input: unknown): Promise<StaffService> {
  requireAdmin(ctx.actor);
  const { slug, body } = parseInput(setLinkEmbedSchema, input);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug, { lock: true });
    if (service.kind !== 'link') {
      throw new InputError(`linkEmbed: only link services are embedded, and "${slug}" is a ${service.kind} service.`);
    }
    const problem = body.linkEmbed && service.linkUrl !== null ? linkUrlProblem(service.linkUrl) : null;
    if (body.linkEmbed && (service.linkUrl === null || problem)) {
      throw new InputError(`linkEmbed: only an https link (or http on localhost) is embedded; this service's linkUrl ${problem ?? 'is missing'}. Fix the linkUrl first.`);
    }
    if (sameEmbed(service.linkEmbed, body.linkEmbed)) return findStaffService(tx, slug);
    await tx.update(services).set({ linkEmbed: body.linkEmbed, updatedAt: new Date() }).where(eq(services.id, service.id));
    await writeAudit(tx, ctx, {
      action: 'service.link-embed',
      targetType: 'service',
      targetId: service.id,
      before: { slug, linkUrl: service.linkUrl, linkEmbed: service.linkEmbed },
      after: { slug, linkUrl: service.linkUrl, linkEmbed: body.linkEmbed },
    });
    await recordChange(tx, 'catalogue.changed', { slug });
    return findStaffService(tx, slug);
  });
}

/** Tokens are stored in the SDK's order, so equal choices have equal lists. */
function sameEmbed(stored: LinkEmbed | null, wanted: LinkEmbed | null): boolean {
  if (stored === null || wanted === null) return stored === wanted;
  return stored.sandbox.join(' ') === wanted.sandbox.join(' ');
}
