import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A gzipped PGlite data folder, migrated: each test file's database starts as a copy of it. */
    pgliteTemplate: string | null;
    /** A migrated PostgreSQL database that each test file's database is created from. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrates once per run instead of once per test file: every test database is a copy of a
 * migrated template (PGlite data-folder dump; PostgreSQL `CREATE DATABASE … TEMPLATE`). The
 * migrations themselves are still exercised here, on both drivers, at every run.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'palapa-test-template-'));
  const handle = await openDatabase({});
  await migrateDatabase(handle);
  const client = (handle.db as unknown as { $client: { dumpDataDir(compression: 'gzip'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('gzip');
  const path = join(folder, 'pglite.tar.gz');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', path);

  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropTemplate = async () => {};
  if (serverUrl) {
    const name = `palapa_template_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const template = await openDatabase({ databaseUrl: url.toString() });
    await migrateDatabase(template);
    await template.close();
    project.provide('postgresTemplate', name);
    dropTemplate = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    project.provide('postgresTemplate', null);
  }

  return async () => {
    rmSync(folder, { recursive: true, force: true });
    await dropTemplate();
  };
}
