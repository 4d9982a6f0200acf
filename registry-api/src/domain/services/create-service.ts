import { isAvailableServiceSlug } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, opds, services } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { ConflictError, DomainError, InputError } from '../errors';
import { recordChange } from '../events/record-change';
import { parseInput } from '../parse-input';
import { isUniqueViolation } from '../unique-violation';
import { newServiceSchema } from './service-input';
import { findStaffService, type StaffService } from './staff-service';

/**
 * A publisher creates a service for its own OPD; an admin for any OPD. It is enabled at once: a
 * form or link is usable immediately, a module shows without an entry until a version is activated.
 */
export async function createService(ctx: DomainContext, input: unknown): Promise<StaffService> {
  const user = requireStaff(ctx.actor);
  const service = parseInput(newServiceSchema, input);
  if (!isAvailableServiceSlug(service.slug)) throw new InputError(`slug: "${service.slug}" is reserved by the portal's own addresses (e.g. /konsol/layanan/baru); pick another.`, [{ field: 'slug', message: 'is reserved' }]);
  if (user.role === 'admin' && !service.opd) throw new InputError('opd: an admin must name the OPD the service belongs to.');
  return ctx.db
    .transaction(async (tx) => {
      const opd = await resolveOpd(tx, user, service.opd);
      requireActsForOpd(ctx.actor, opd.id);
      const [category] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.slug, service.category));
      if (!category) throw new InputError(`category: no category "${service.category}".`);
      const [taken] = await tx.select({ id: services.id }).from(services).where(eq(services.slug, service.slug));
      if (taken) throw slugTaken(service.slug);
      const [row] = await tx
        .insert(services)
        .values({
          slug: service.slug,
          kind: service.kind,
          opdId: opd.id,
          categorySlug: category.slug,
          name: service.name,
          summary: service.summary,
          description: service.description,
          keywords: [...new Set(service.keywords)],
          linkUrl: service.linkUrl ?? null,
          ...service.standard,
        })
        .returning({ id: services.id });
      if (!row) throw new Error('service insert returned no row');
      const created = await findStaffService(tx, service.slug);
      await writeAudit(tx, ctx, { action: 'service.create', targetType: 'service', targetId: row.id, after: created });
      await recordChange(tx, 'catalogue.changed', { slug: service.slug });
      return created;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw slugTaken(service.slug);
      throw error;
    });
}

/** An admin's named OPD (an unknown slug names the field); a publisher's own, which it may name or omit. */
async function resolveOpd(db: Database, user: { role: string; opdId: string | null }, slug: string | undefined) {
  const columns = { id: opds.id, slug: opds.slug };
  if (user.role === 'admin' && slug) {
    const [opd] = await db.select(columns).from(opds).where(eq(opds.slug, slug));
    if (!opd) throw new InputError(`opd: no OPD "${slug}".`);
    return opd;
  }
  const [own] = user.opdId ? await db.select(columns).from(opds).where(eq(opds.id, user.opdId)) : [];
  if (!own) throw new DomainError('forbidden', 'Your account belongs to no OPD; ask an admin.');
  if (slug && slug !== own.slug) throw new DomainError('forbidden', `You may only create services for your own OPD ("${own.slug}").`);
  return own;
}

const slugTaken = (slug: string) => new ConflictError(`A service "${slug}" exists; service slugs are unique and permanent, pick another.`);
