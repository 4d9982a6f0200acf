import { date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { services } from './services';

/**
 * How often each service was opened (and, for forms, started) per day, Asia/Jakarta dates.
 *
 * Deliberately an aggregate and nothing more: no address, no account, no row per visit. A city
 * must not build a tracking log of its citizens out of a usage chart, so what a visit leaves
 * behind is one counter going up by one (issue 6).
 */
export const serviceUsage = pgTable(
  'service_usage',
  {
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    opens: integer().notNull().default(0),
    formStarts: integer().notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.day] }), index().on(table.day)],
);
