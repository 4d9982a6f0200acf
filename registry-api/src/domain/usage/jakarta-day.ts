import { sql } from 'drizzle-orm';

// Usage is counted per calendar day as the city lives it. Indonesia's western time (WIB) is the
// demo city's; the date comes from the database's clock, so every registry instance agrees on it.
export const USAGE_TIME_ZONE = 'Asia/Jakarta';

/** Today's date in Asia/Jakarta, as a SQL `date`. */
export const jakartaToday = sql`(now() at time zone ${sql.raw(`'${USAGE_TIME_ZONE}'`)})::date`;

/** The first day of a window of `days` days ending today (inclusive), as a SQL `date`. */
export const jakartaWindowStart = (days: number) => sql`(${jakartaToday} - ${sql.raw(String(Math.trunc(days) - 1))})`;
