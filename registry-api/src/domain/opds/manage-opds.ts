import { isSlug } from '@palapa/sdk';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { opds } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { ConflictError, InputError, NotFoundError } from '../errors';

export const newOpdSchema = z
  .object({
    slug: z.string().refine(isSlug, 'slug must be lowercase letters, digits and single dashes, e.g. "dinas-pendidikan"'),
    name: z.string().trim().min(3).max(200),
    shortName: z.string().trim().min(2).max(50),
  })
  .strict();
export const opdPatchSchema = newOpdSchema
  .omit({ slug: true })
  .partial()
  .strict()
  // An empty patch would reach the database as an UPDATE with nothing to set: a 500, not a 400.
  .refine((patch) => Object.keys(patch).length > 0, 'give name or shortName to change');

export interface OpdView {
  slug: string;
  name: string;
  shortName: string;
}

const view = (row: typeof opds.$inferSelect): OpdView => ({ slug: row.slug, name: row.name, shortName: row.shortName });

/** Every OPD of the city, public: the catalogue's filters need them. */
export async function listOpds(ctx: DomainContext): Promise<OpdView[]> {
  return (await ctx.db.select().from(opds).orderBy(asc(opds.name))).map(view);
}

export async function createOpd(ctx: DomainContext, input: unknown): Promise<OpdView> {
  requireAdmin(ctx.actor);
  const parsed = newOpdSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: opds.id }).from(opds).where(eq(opds.slug, parsed.data.slug));
    if (existing) throw new ConflictError(`An OPD "${parsed.data.slug}" exists.`);
    const [row] = await tx.insert(opds).values(parsed.data).returning();
    if (!row) throw new Error('opd insert returned no row');
    await writeAudit(tx, ctx, { action: 'opd.create', targetType: 'opd', targetId: row.slug, after: view(row) });
    return view(row);
  });
}

export async function updateOpd(ctx: DomainContext, slug: string, input: unknown): Promise<OpdView> {
  requireAdmin(ctx.actor);
  const parsed = opdPatchSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(opds).where(eq(opds.slug, slug));
    if (!before) throw new NotFoundError(`No OPD "${slug}".`);
    const [after] = await tx.update(opds).set(parsed.data).where(eq(opds.id, before.id)).returning();
    if (!after) throw new Error('opd update returned no row');
    await writeAudit(tx, ctx, { action: 'opd.update', targetType: 'opd', targetId: slug, before: view(before), after: view(after) });
    return view(after);
  });
}
