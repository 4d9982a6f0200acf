import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/** Facts about the database itself, such as which seed it received. */
export const meta = pgTable('meta', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  createdAt: createdAt(),
});
