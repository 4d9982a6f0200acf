import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/** Organisasi Perangkat Daerah: the city's departments, each running its own services. */
export const opds = pgTable('opds', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  shortName: text().notNull(),
  createdAt: createdAt(),
});
