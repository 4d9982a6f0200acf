import type { RequestStatus } from '@palapa/sdk/forms';
import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { formRequests } from './form-requests';
import { users } from './users';

/** A request's timeline: its filing and every status move, with the officer's note. Append-only. */
export const formRequestEvents = pgTable(
  'form_request_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => formRequests.id, { onDelete: 'cascade' }),
    status: text().$type<RequestStatus>().notNull(),
    note: text(),
    /** The officer who moved it; null for the filing itself. */
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.requestId, table.id)],
);
