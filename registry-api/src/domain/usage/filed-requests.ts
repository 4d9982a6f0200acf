// How many requests citizens filed through a form service, per Asia/Jakarta day: the numerator of
// a form's completion (requests filed ÷ form opens).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { formRequests } from '../../db/schema';
import { jakartaWindowStart, USAGE_TIME_ZONE } from './jakarta-day';

const filedOn = sql<string>`to_char(${formRequests.createdAt} at time zone ${sql.raw(`'${USAGE_TIME_ZONE}'`)}, 'YYYY-MM-DD')`;
const inWindow = (days: number) => sql`(${formRequests.createdAt} at time zone ${sql.raw(`'${USAGE_TIME_ZONE}'`)})::date >= ${jakartaWindowStart(days)}`;

/** Requests filed per day (YYYY-MM-DD) for one service in the window of `days` days ending today. */
export async function filedRequestsByDay(db: Database, serviceId: string, days: number): Promise<Map<string, number>> {
  const rows = await db
    .select({ date: filedOn, count: sql<number>`count(*)::int` })
    .from(formRequests)
    .where(and(eq(formRequests.serviceId, serviceId), inWindow(days)))
    .groupBy(filedOn);
  return new Map(rows.map((row) => [row.date, Number(row.count)]));
}

/** Requests filed in the window per service id, for the given services (one page of a list). */
export async function filedRequestsByService(db: Database, serviceIds: readonly string[], days: number): Promise<Map<string, number>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .select({ serviceId: formRequests.serviceId, count: sql<number>`count(*)::int` })
    .from(formRequests)
    .where(and(inArray(formRequests.serviceId, [...serviceIds]), inWindow(days)))
    .groupBy(formRequests.serviceId);
  return new Map(rows.map((row) => [row.serviceId, Number(row.count)]));
}

