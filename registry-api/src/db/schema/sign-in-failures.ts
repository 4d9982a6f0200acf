import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Failed sign-ins, counted per email and per address to slow down password guessing on every instance. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.email, table.at), index().on(table.ip, table.at)],
);
