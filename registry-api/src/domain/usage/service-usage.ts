// What a service's staff read of its usage: opens, form starts and filed requests per day.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { serviceUsage } from '../../db/schema';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import { rowsOf } from '../catalogue/query-rows';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { loadService } from '../services/staff-service';
import { filedRequestsByDay } from './filed-requests';
import { jakartaToday, jakartaWindowStart } from './jakarta-day';

export const MAX_USAGE_DAYS = 90;

export const usageDaysSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_USAGE_DAYS)
  .default(30)
  .describe(`how many days, ending today (Asia/Jakarta), 1–${MAX_USAGE_DAYS}`);

export const serviceUsageQuerySchema = z.strictObject({ days: usageDaysSchema });

export interface UsageDay {
  /** YYYY-MM-DD, Asia/Jakarta. */
  date: string;
  opens: number;
  formStarts: number;
  requests: number;
}

export interface ServiceUsage {
  days: UsageDay[];
  totals: { opens: number; formStarts: number; requests: number; completion: number | null };
}

/** requests ÷ opens, for form services that were opened at all; null otherwise (nothing to divide). */
export function completionOf(kind: string, requests: number, opens: number): number | null {
  if (kind !== 'form' || opens === 0) return null;
  return Math.round((requests / opens) * 10_000) / 10_000;
}

/**
 * Every day of the window, oldest first, days without usage as zeros: the chart needs no gaps
 * filled by the client. The service's OPD publishers and admins may read it, disabled or not.
 */
export async function getServiceUsage(ctx: DomainContext, input: unknown): Promise<ServiceUsage> {
  requireStaff(ctx.actor);
  const { slug, days } = parseInput(z.strictObject({ slug: slugSchema, days: usageDaysSchema }), input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  const rows = rowsOf<{ date: string; opens: number; formStarts: number }>(
    await ctx.db.execute(sql`
      select to_char(g.day, 'YYYY-MM-DD') as "date",
             coalesce(${serviceUsage.opens}, 0)::int as "opens",
             coalesce(${serviceUsage.formStarts}, 0)::int as "formStarts"
      from generate_series(${jakartaWindowStart(days)}::timestamp, ${jakartaToday}::timestamp, interval '1 day') as g(day)
      left join ${serviceUsage} on ${serviceUsage.serviceId} = ${service.id} and ${serviceUsage.day} = g.day::date
      order by g.day`),
  );
  const requests = await filedRequestsByDay(ctx.db, service.id, days);
  const daysOut = rows.map((row) => ({ date: row.date, opens: Number(row.opens), formStarts: Number(row.formStarts), requests: requests.get(row.date) ?? 0 }));
  const sum = (key: 'opens' | 'formStarts' | 'requests') => daysOut.reduce((total, day) => total + day[key], 0);
  const totals = { opens: sum('opens'), formStarts: sum('formStarts'), requests: sum('requests') };
  return { days: daysOut, totals: { ...totals, completion: completionOf(service.kind, totals.requests, totals.opens) } };
}
