import type { PluginManifest } from '@palapa/sdk';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
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
    /** Total bytes of the version's files, shown to the admin who reviews it. */
    sizeBytes: integer().notNull().default(0),
    publishedBy: uuid(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewNote: text(),
    createdAt: createdAt(),
  },
  (table) => [
    unique().on(table.serviceId, table.version),
    index().on(table.serviceId),
    check('plugin_versions_status_check', sql`${table.status} in ('pending', 'approved', 'rejected')`),
  ],
);
