import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories, services } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { recordChange } from '../events/record-change';
import { parseInput } from '../parse-input';
import { linkOrigin } from './link-embed-input';
import { serviceChangesSchema, slugSchema } from './service-input';
import { findStaffService, loadService, type StaffService } from './staff-service';

const updateServiceSchema = z.strictObject({ slug: slugSchema, changes: serviceChangesSchema });

/** The publisher of the service's OPD, or an admin, edits its catalogue fields and standard. */
export async function updateService(ctx: DomainContext, input: unknown): Promise<StaffService> {
  const user = requireStaff(ctx.actor);
  const { slug, changes } = parseInput(updateServiceSchema, input);
  return ctx.db.transaction(async (tx) => {
    const service = await loadService(tx, slug, { lock: true });
    requireActsForOpd(ctx.actor, service.opdId);
    if (changes.linkUrl !== undefined && service.kind !== 'link') {
      throw new InputError(`linkUrl: only link services have a linkUrl, and "${slug}" is a ${service.kind} service.`);
    }
    if (changes.category !== undefined) {
      const [category] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.slug, changes.category));
      if (!category) throw new InputError(`category: no category "${changes.category}".`);
    }
    // The admin allowed embedding for the app at one origin; a publisher moving the link to
    // another origin must not carry that decision along: the service opens in a new tab until an
    // admin embeds it again.
    const embedLapses =
      user.role !== 'admin' && service.linkEmbed !== null && changes.linkUrl !== undefined && linkOrigin(changes.linkUrl) !== linkOrigin(service.linkUrl);
    const before = await findStaffService(tx, slug);
    const { category, keywords, standard, ...texts } = changes;
    await tx
      .update(services)
      .set({
        ...texts,
        ...standard,
        ...(category !== undefined && { categorySlug: category }),
        ...(keywords !== undefined && { keywords: [...new Set(keywords)] }),
        ...(embedLapses && { linkEmbed: null }),
        updatedAt: new Date(),
      })
      .where(eq(services.id, service.id));
    const after = await findStaffService(tx, slug);
    const changed: string[] = [...Object.keys(changes), ...(embedLapses ? ['linkEmbed'] : [])];
    await writeAudit(tx, ctx, {
      action: 'service.update',
      targetType: 'service',
      targetId: service.id,
      before: pickFields(before, changed),
      after: pickFields(after, changed),
    });
    await recordChange(tx, 'catalogue.changed', { slug });
    return after;
  });
}

/** The audit row keeps what changed, not the whole service twice. */
function pickFields(service: StaffService, fields: string[]): Record<string, unknown> {
  const view: Record<string, unknown> = { ...service };
  return Object.fromEntries([['slug', service.slug], ...fields.map((field) => [field, view[field]])]);
}
