import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import postgres from 'postgres';
import * as schema from './schema';

/** The drizzle database, whichever driver is underneath: every query is written once for both. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** The PostgreSQL URL (postgres driver only). */
  url?: string;
  /** LISTENs on a channel (PostgreSQL NOTIFY, on both drivers); resolves to an unlisten function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: use PostgreSQL through postgres.js. */
  databaseUrl?: string | undefined;
  /** A folder for the embedded PGlite database; omitted means in memory. */
  dataDir?: string | undefined;
  /** An in-memory PGlite database starts as a copy of this dumped data folder (tests' template). */
  loadDataDir?: Blob | undefined;
}

/** Raised when the data directory cannot be used; its message tells the operator what to do. */
export class DataDirectoryError extends Error {
  override name = 'DataDirectoryError';
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      url: options.databaseUrl,
      listen: async (channel, onNotify) => {
        // postgres.js keeps one dedicated connection for LISTEN and re-listens after reconnecting.
        const { unlisten } = await client.listen(channel, onNotify);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = await openPglite(options.dataDir, options.loadDataDir);
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined): Promise<PGlite> {
  // The search extensions: PGlite ships them as WASM modules, PostgreSQL as contrib.
  const extensions = { pg_trgm, unaccent };
  if (!dataDir) return PGlite.create({ extensions, loadDataDir });
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !existsSync(`${dataDir}/PG_VERSION`)) {
    throw new DataDirectoryError(
      `${dataDir} is not empty and is not a Palapa database. Point PALAPA_DATA_DIR at an empty or ` +
        `existing Palapa data folder, or move this folder away.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    const client = await PGlite.create(dataDir, { extensions });
    await client.query('select 1');
    return client;
  } catch (error) {
    throw new DataDirectoryError(
      `The database in ${dataDir} cannot be opened (${(error as Error).message}). It may be corrupt or ` +
        `written by another version. Restore it from a backup, or move it away to start with a fresh ` +
        `demo database (its data will not be in the new one).`,
    );
  }
}
