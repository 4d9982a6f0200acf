import type { PluginManifest } from '@palapa/sdk';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { services } from './services';

export type VersionStatus = 'pending' | 'approved' | 'rejected';

/** An immutable published version of a module service's plugin. */
export const pluginVersions = pgTable(
  'plugin_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references((): AnyPgColumn => services.id, { onDelete: 'cascade' }),
    version: text().notNull(),
    manifest: jsonb().$type<PluginManifest>().notNull(),
    entryUrl: text().notNull(),
    integrity: text().notNull(),
    status: text().$type<VersionStatus>().notNull().default('pending'),
    createdAt: createdAt(),
  },
  (table) => [
    unique().on(table.serviceId, table.version),
    index().on(table.serviceId),
    check('plugin_versions_status_check', sql`${table.status} in ('pending', 'approved', 'rejected')`),
  ],
);
