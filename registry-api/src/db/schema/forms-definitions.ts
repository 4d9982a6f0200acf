import type { FormDefinition } from '@palapa/sdk/forms';
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { services } from './services';
import { users } from './users';

/**
 * The published versions (1, 2, …) of a form service's definition. Immutable: a new definition is a
 * new row, so a request filed under version n is always read with version n.
 */
export const formDefinitions = pgTable(
  'form_definitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    definition: jsonb().$type<FormDefinition>().notNull(),
    /** Working days (Mon–Fri) from filing to the due date. */
    processingDays: integer().notNull(),
    /** Null for definitions the demo seed wrote, or once the account is gone. */
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [
    unique('form_definitions_service_version_unique').on(table.serviceId, table.version),
    check('form_definitions_version_check', sql`${table.version} >= 1`),
    check('form_definitions_processing_days_check', sql`${table.processingDays} between 1 and 365`),
  ],
);
