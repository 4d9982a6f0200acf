import { bootstrap, loadConfig } from '@palapa/registry-api';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

/** Where each portal's database starts from (see {@link setup}). */
export interface PortalTemplate {
  /** A closed PGlite data folder: each portal gets a copy of it. */
  pglite: string;
  /** A PostgreSQL database each portal's database is created from (`CREATE DATABASE … TEMPLATE`). */
  postgres: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2ePortalTemplate: PortalTemplate;
  }
}

/**
 * Builds the demo portal's database once per run instead of once per e2e file: migrated, the demo
 * city and its accounts seeded and the built plugins registered, by the same `bootstrap` the server
 * runs at start. PGlite's initdb alone costs 7–10 s and the accounts' scrypt hashes another second
 * or more; a copy of the result costs well under a second. It is built at every run, so it always
 * holds the plugins as they are built now.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'palapa-e2e-template-'));
  const pglite = join(folder, 'pglite');
  const serverUrl = process.env.TEST_DATABASE_URL;
  const postgresName = serverUrl ? `palapa_e2e_template_${randomBytes(6).toString('hex')}` : null;
  const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;

  const dropTemplates = async () => {
    rmSync(folder, { recursive: true, force: true });
    if (admin && postgresName) await admin.unsafe(`drop database if exists ${postgresName} with (force)`);
    await admin?.end();
  };
  try {
    // PGlite works in this process while PostgreSQL works in its own: the two overlap.
    await Promise.all([
      seedTemplate({ dataDir: pglite }),
      (async () => {
        if (!admin || !serverUrl || !postgresName) return;
        await admin.unsafe(`create database ${postgresName}`);
        const url = new URL(serverUrl);
        url.pathname = `/${postgresName}`;
        await seedTemplate({ dataDir: join(folder, 'unused'), databaseUrl: url.toString() });
      })(),
    ]);
  } catch (error) {
    await dropTemplates();
    throw error;
  }
  project.provide('e2ePortalTemplate', { pglite, postgres: postgresName });
  return dropTemplates;
}

async function seedTemplate(where: { dataDir: string; databaseUrl?: string }) {
  // The server's own configuration (PALAPA_ADMIN_PASSWORD… included), on the template's database.
  const config = loadConfig({ ...process.env, PALAPA_DATA_DIR: where.dataDir, DATABASE_URL: where.databaseUrl ?? '', PALAPA_SEED: 'demo' });
  const { handle } = await bootstrap(config);
  // Closed, PGlite's folder is a consistent copyable database, and PostgreSQL's template has no
  // session left (CREATE DATABASE … TEMPLATE refuses a template in use).
  await handle.close();
}
