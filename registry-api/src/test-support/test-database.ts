import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';

export type Driver = 'pglite' | 'postgres';

/**
 * The databases every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is
 * set. In CI a missing PostgreSQL is a failure, never a silent skip.
 */
export function testDrivers(): Driver[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: database tests must run on PostgreSQL in CI.');
  }
  return ['pglite'];
}

export interface TestDatabase extends DatabaseHandle {
  dispose(): Promise<void>;
  /** The URL of the fresh PostgreSQL database (postgres driver only), for a server process. */
  url?: string;
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const template = inject('pgliteTemplate');
    const handle = await openDatabase({ loadDataDir: template ? new Blob([readFileSync(template)]) : undefined });
    if (!template) await migrateDatabase(handle);
    return { ...handle, dispose: () => handle.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `palapa_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const template = inject('postgresTemplate');
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  if (!template) await migrateDatabase(handle);
  return {
    ...handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
