import { generateNation, migrateDatabase, openDatabase, type Database } from '@palapa/registry-api';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Driver = 'pglite' | 'postgres';

export interface Dataset {
  name: string;
  services: number;
  /** Regions the services spread over: 1 for a city. */
  regions?: number;
}

export interface RunningProcess {
  url: string;
  stop(): Promise<void>;
}

/** A fresh database with the dataset generated into it, closed again so a server can open it. */
export async function prepareDatabase(
  driver: Driver,
  dataset: Dataset,
  serverUrl: string | undefined,
  /** More to put in the database before a server opens it (accounts for the publish benchmark). */
  prepare?: (db: Database) => Promise<void>,
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'palapa-bench-'));
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (driver === 'postgres') {
    if (!serverUrl) throw new Error('no PostgreSQL URL');
    const name = `palapa_bench_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const started = Date.now();
  const handle = await openDatabase({ databaseUrl, dataDir });
  try {
    await migrateDatabase(handle);
    await generateNation(handle.db, { services: dataset.services, regions: dataset.regions });
    await prepare?.(handle.db);
  } finally {
    await handle.close();
  }
  return {
    dataDir,
    databaseUrl,
    seconds: (Date.now() - started) / 1000,
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await drop();
    },
  };
}

/** The real registry, as `npm start` runs it, on a free port, with nothing seeded on top. */
export function startRegistry(database: { dataDir: string; databaseUrl: string | undefined }): Promise<RunningProcess> {
  return startProcess([join(REPO_ROOT, 'registry-api/src/server.ts')], {
    PORT: '0',
    HOST: '127.0.0.1',
    PALAPA_SEED: 'none',
    PALAPA_DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl ?? '',
    PALAPA_SHELL_DIR: join(database.dataDir, 'no-shell'),
    NODE_ENV: 'production',
  });
}

/** Starts `node --import tsx <script>` and waits for it to print "running at http://…". */
export async function startProcess(args: string[], env: Record<string, string>): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`process did not start in 120 s:\n${output}`)), 120_000);
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
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`process exited with ${code}:\n${output}`));
    });
  });
}
