import { DatabaseBundleStore, migrateDatabase, openDatabase, registerBuiltPlugins, seedDemoCity, type Database, type BundleStore } from '@palapa/registry-api';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

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
 * on a fresh database that `prepare` fills first: the demo city, the built plugins, and whatever
 * fixtures the suite needs. The built shell in shell/dist is served.
 */
export async function startPortal(
  driver: Driver,
  prepare: (db: Database, store: BundleStore) => Promise<void> = async () => {},
  options: PortalOptions = {},
): Promise<Portal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'palapa-e2e-'));
  const database = driver === 'postgres' ? await createPostgresDatabase() : null;
  const handle = await openDatabase({ databaseUrl: database?.url, dataDir });
  try {
    await migrateDatabase(handle);
    const store = new DatabaseBundleStore(handle.db);
    await seedDemoCity(handle.db);
    await registerBuiltPlugins(handle.db, store, join(REPO_ROOT, 'plugins'));
    await prepare(handle.db, store);
  } finally {
    // PGlite is single-process: the server opens the folder only after this closes it.
    await handle.close();
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

async function createPostgresDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `palapa_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
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
