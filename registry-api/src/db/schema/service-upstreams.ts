import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { services } from './services';

export type UpstreamStatus = 'pending' | 'approved' | 'rejected' | 'retired';

/**
 * The OPD back end a service's gateway forwards to. A publisher proposes one, an admin approves
 * it; approving another later retires the previous one. At most one is approved per service (the
 * partial unique index), and only that one is ever used.
 */
export const serviceUpstreams = pgTable(
  'service_upstreams',
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    status: text().$type<UpstreamStatus>().notNull().default('pending'),
    note: text(),
    proposedBy: uuid(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewNote: text(),
    createdAt: createdAt(),
  },
  (table) => [
    index().on(table.serviceId, table.createdAt),
    uniqueIndex('service_upstreams_one_approved_index').on(table.serviceId).where(sql`${table.status} = 'approved'`),
    check('service_upstreams_status_check', sql`${table.status} in ('pending', 'approved', 'rejected', 'retired')`),
  ],
);
