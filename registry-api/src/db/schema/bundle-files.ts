import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns';
import { pluginVersions } from './plugin-versions';

/** Bundle file contents, content-addressed by SHA-256: identical files are stored once. */
export const bundleBlobs = pgTable('bundle_blobs', {
  sha256: text().primaryKey(),
  size: integer().notNull(),
  content: bytea().notNull(),
  createdAt: createdAt(),
});

/** Which file path of which plugin version holds which blob. */
export const pluginVersionFiles = pgTable(
  'plugin_version_files',
  {
    versionId: uuid()
      .notNull()
      .references(() => pluginVersions.id, { onDelete: 'cascade' }),
    path: text().notNull(),
    sha256: text()
      .notNull()
      .references(() => bundleBlobs.sha256, { onDelete: 'restrict' }),
    contentType: text().notNull(),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.path] })],
);
