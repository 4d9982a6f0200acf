import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const PLUGIN_FAILURE_PHASES = ['load', 'integrity', 'timeout', 'bootstrap', 'mount', 'unmount', 'update', 'runtime'] as const;
export type PluginFailurePhase = (typeof PLUGIN_FAILURE_PHASES)[number];

/**
 * Plugin failures the shells report (telemetry). Untrusted: anyone may send one, so nothing here
 * is a foreign key and every text is stored truncated.
 */
export const pluginFailures = pgTable(
  'plugin_failures',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    slug: text().notNull(),
    version: text(),
    phase: text().$type<PluginFailurePhase>().notNull(),
    message: text().notNull(),
    reportedByCitizen: boolean().notNull().default(false),
    ip: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index().on(table.at),
    index().on(table.slug, table.at),
    check('plugin_failures_phase_check', sql`${table.phase} in ('load', 'integrity', 'timeout', 'bootstrap', 'mount', 'unmount', 'update', 'runtime')`),
  ],
);
