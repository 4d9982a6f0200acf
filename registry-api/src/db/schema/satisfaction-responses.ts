import type { SkmScores } from '@palapa/sdk/forms';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { formRequests } from './form-requests';
import { services } from './services';

/** A citizen's SKM survey (Permenpan RB 14/2017) of a completed request: one per request. */
export const satisfactionResponses = pgTable(
  'satisfaction_responses',
  {
    requestId: uuid()
      .primaryKey()
      .references(() => formRequests.id, { onDelete: 'cascade' }),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    scores: jsonb().$type<SkmScores>().notNull(),
    comment: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.serviceId)],
);
