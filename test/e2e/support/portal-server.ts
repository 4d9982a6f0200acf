import { DatabaseBundleStore, migrateDatabase, openDatabase, registerBuiltPlugins, seedDemoCity, type Database, type BundleStore } from '@palapa/registry-api';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { PortalTemplate } from './global-setup';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Driver = 'pglite' | 'postgres';

export interface Portal {
  url: string;
  stop(): Promise<void>;
}

export interface PortalOptions {
  /**
   * Start the demo city's OPD back ends (Cek PBB's BPKPD…) behind the gateway, as `npm start`
   * does. Off by default: the other suites need no back end and keep their audit logs to themselves.
   */
  demoBackends?: boolean;
}

/**
 * Starts the real registry (`registry-api/src/server.ts`, as `npm start` does) on a free port,
 * on a fresh database of its own: the demo city and the built plugins, then whatever fixtures the
 * suite's `prepare` adds. Under vitest the database is a copy of the run's template (built once by
 * ./global-setup.ts); elsewhere (the benches) it is built here. The built shell in shell/dist is served.
 */
export async function startPortal(
  driver: Driver,
  prepare?: (db: Database, store: BundleStore) => Promise<void>,
  options: PortalOptions = {},
): Promise<Portal> {
  const templates = await runTemplates();
  const template = (driver === 'pglite' ? templates?.pglite : templates?.postgres) ?? null;
  const dataDir = mkdtempSync(join(tmpdir(), 'palapa-e2e-'));
  if (driver === 'pglite' && template) cpSync(template, dataDir, { recursive: true });
  const database = driver === 'postgres' ? await createPostgresDatabase(template) : null;
  // With a template and nothing to add, the server opens the copy as it is.
  if (!template || prepare) {
    const handle = await openDatabase({ databaseUrl: database?.url, dataDir });
    try {
      const store = new DatabaseBundleStore(handle.db);
      if (!template) {
        await migrateDatabase(handle);
        await seedDemoCity(handle.db);
        await registerBuiltPlugins(handle.db, store, join(REPO_ROOT, 'plugins'));
      }
      await prepare?.(handle.db, store);
    } finally {
      // PGlite is single-process: the server opens the folder only after this closes it.
      await handle.close();
    }
  }

  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'registry-api/src/server.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PALAPA_DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? '',
      PALAPA_DEMO_BACKENDS: options.demoBackends ? 'on' : 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** The templates the e2e global setup built for this run; null outside vitest. */
async function runTemplates(): Promise<PortalTemplate | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  return inject('e2ePortalTemplate') ?? null;
}

async function createPostgresDatabase(template: string | null) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `palapa_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
