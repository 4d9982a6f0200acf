// A shell says a citizen opened a service (or started its form). Anyone may say so, signed in or
// not, and nothing about who said it is kept: see db/schema/service-usage.ts.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { services, serviceUsage } from '../../db/schema';
import { NotFoundError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { jakartaToday } from './jakarta-day';

export const USAGE_EVENTS = ['open', 'formStart'] as const;
export type UsageEvent = (typeof USAGE_EVENTS)[number];

export const usageReportSchema = z.strictObject({
  slug: slugSchema,
  event: z.enum(USAGE_EVENTS).describe('"open": the service page was shown; "formStart": the first answer of its form was typed'),
});

/**
 * Counts one event for today. A single `insert … on conflict do update set n = n + 1`, so two
 * shells counting at the same moment both count (no read-then-write race, no lost update).
 * Unknown and disabled services are 404: a switched-off service gathers no usage.
 */
export async function recordUsage(db: Database, input: unknown): Promise<void> {
  const { slug, event } = parseInput(usageReportSchema, input);
  const [service] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.enabled, true)))
    .limit(1);
  if (!service) throw new NotFoundError(`No enabled service "${slug}".`);
  const opens = event === 'open' ? 1 : 0;
  const formStarts = event === 'formStart' ? 1 : 0;
  await db
    .insert(serviceUsage)
    .values({ serviceId: service.id, day: sql`${jakartaToday}`, opens, formStarts })
    .onConflictDoUpdate({
      target: [serviceUsage.serviceId, serviceUsage.day],
      set: {
        opens: sql`${serviceUsage.opens} + excluded.opens`,
        formStarts: sql`${serviceUsage.formStarts} + excluded.form_starts`,
      },
    });
}
