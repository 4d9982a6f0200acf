import { and, asc, eq, exists, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { opds, pluginVersions, services } from '../../db/schema';
import { requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { DomainError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from './service-input';
import { selectStaffServices, toStaffService, type StaffService } from './staff-service';

export const staffServiceQuerySchema = z.strictObject({
  opd: slugSchema.optional().describe('only this OPD (admins)'),
  review: z.enum(['pending']).optional().describe('"pending": only services with a version waiting for review (the approval queue)'),
});

/** The services a publisher runs (its OPD's), or for an admin every service, disabled ones included. */
export async function listStaffServices(ctx: DomainContext, query: unknown): Promise<StaffService[]> {
  const user = requireStaff(ctx.actor);
  const { opd, review } = parseInput(staffServiceQuerySchema, query);
  const conditions: SQL[] = [];
  if (user.role === 'publisher') {
    if (!user.opdId) throw new DomainError('forbidden', 'Your account belongs to no OPD; ask an admin.');
    conditions.push(eq(services.opdId, user.opdId));
  }
  if (opd) conditions.push(eq(opds.slug, opd));
  if (review === 'pending') {
    const pending = ctx.db
      .select({ one: sql`1` })
      .from(pluginVersions)
      .where(and(eq(pluginVersions.serviceId, services.id), eq(pluginVersions.status, 'pending')));
    conditions.push(exists(pending));
  }
  const rows = await selectStaffServices(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(opds.slug), asc(services.slug));
  // A publisher asking for another OPD gets nothing rather than an error: the filter simply matches none.
  return rows.map(toStaffService);
}
