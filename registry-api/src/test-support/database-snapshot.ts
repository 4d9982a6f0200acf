import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import * as schema from '../db/schema';

const TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();

// Each table's row count and an order-free sum of its row hashes (no sort), plus the last audit id.
// Blobs are content-addressed and immutable: their key stands for their (large) content.
const SNAPSHOT_QUERY = [
  ...TABLES.map((name) => {
    const row = name === 'bundle_blobs' ? 't.sha256' : 't::text';
    return `select '${name}'::text, count(*) || ':' || coalesce(sum(hashtext(${row})::bigint), 0) from "${name}" t`;
  }),
  `select 'max(audit_log.id)'::text, coalesce(max(id), 0)::text from audit_log`,
].join(' union all ');

const installed = new WeakMap<Database, Promise<unknown>>();

/**
 * A snapshot of the whole database: equal snapshots mean nothing was inserted, updated or deleted
 * in any table. Tests take one before a refused request and one after. The query lives in a
 * test-only function so its plan is cached: the property tests take thousands of snapshots.
 */
export async function snapshotDatabase(db: Database): Promise<Record<string, string>> {
  let ready = installed.get(db);
  if (!ready) {
    ready = db.execute(
      sql.raw(
        `create or replace function palapa_test_snapshot() returns table(name text, digest text) language plpgsql as $$ begin return query ${SNAPSHOT_QUERY}; end $$`,
      ),
    );
    installed.set(db, ready);
  }
  await ready;
  const result = await db.execute(sql.raw('select name, digest from palapa_test_snapshot()'));
  // drizzle's execute() answers `{ rows }` on PGlite and an array on postgres.js.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { name: string; digest: string }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
