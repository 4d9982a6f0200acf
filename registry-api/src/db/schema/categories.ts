import type { LocalizedText } from '@palapa/sdk';
import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** The catalogue's top-level groups, in the order the home page shows them. */
export const categories = pgTable('categories', {
  slug: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
  position: integer().notNull().default(0),
});
