import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { services } from './services';
import { users } from './users';

/**
 * Every time the gateway passed a citizen's identity to an OPD back end: the citizen reads their
 * own rows ("which service read my data, when"). Rows go with the account or the service.
 */
export const gatewayAccessLog = pgTable(
  'gateway_access_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    method: text().notNull(),
    /** The path below the service's upstream, without the query (which may carry the citizen's data). */
    path: text().notNull(),
    status: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.userId, table.id)],
);
