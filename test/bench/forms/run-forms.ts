/**
 * Form-submission benchmark (issue 6): throughput and latency of POST /api/v1/forms/:slug/requests,
 * the citizen's filing (answers re-checked, request + first timeline entry + audit row in one
 * transaction), against the real registry process on the seeded demo city's PPID form.
 * Run on its own: `npx tsx test/bench/forms/run-forms.ts`; `npm run bench` runs it too.
 * On PGlite always; on PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 * Every request carries a fresh Idempotency-Key (autocannon's setupRequest), so each is a new
 * request, and afterwards the rows are counted: every 201 must be a stored request.
 * Knobs: BENCH_SECONDS (default 3), BENCH_FORMS_CONNECTIONS (default 32).
 */
import { migrateDatabase, openDatabase, schema, seedDemoCity } from '@palapa/registry-api';
import autocannon from 'autocannon';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startRegistry } from '../catalogue/registry-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_FORMS_CONNECTIONS ?? 32);
const SLUG = 'ppid';
const BODY = JSON.stringify({
  definitionVersion: 1,
  values: { nama: 'Pemohon Bench', email: 'bench@contoh.id', informasi: 'Daftar penerima bantuan sosial tahun 2025.', cara_memperoleh: 'email' },
});

export interface FormsRow {
  driver: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  filed: number;
  stored: number;
  other: Record<string, number>;
}

async function freshDatabase(driver: 'pglite' | 'postgres', serverUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'palapa-bench-forms-'));
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (driver === 'postgres' && serverUrl) {
    const name = `palapa_bench_forms_${randomBytes(6).toString('hex')}`;
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
  const handle = await openDatabase({ databaseUrl, dataDir });
  try {
    await migrateDatabase(handle);
    await seedDemoCity(handle.db);
  } finally {
    await handle.close();
  }
  return {
    dataDir,
    databaseUrl,
    /** Filed requests in the database (opened after the server stopped: PGlite has one writer). */
    countRequests: async () => {
      const counting = await openDatabase({ databaseUrl, dataDir });
      try {
        return await counting.db.$count(schema.formRequests);
      } finally {
        await counting.close();
      }
    },
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await drop();
    },
  };
}

async function measureDriver(driver: 'pglite' | 'postgres', serverUrl: string | undefined): Promise<FormsRow> {
  const database = await freshDatabase(driver, serverUrl);
  try {
    const registry = await startRegistry(database);
    let result: autocannon.Result;
    try {
      const run = (duration: number) =>
        autocannon({
          url: `${registry.url}/api/v1/forms/${SLUG}/requests`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: BODY,
          duration,
          connections: CONNECTIONS,
          requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
        });
      await run(1); // warm: JIT, connections, the verifier key
      result = await run(SECONDS);
    } finally {
      await registry.stop();
    }
    const statuses: Record<string, number> = {};
    for (const [status, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stat.count ?? 0;
    if (result.errors > 0 || result.timeouts > 0) statuses.errors = result.errors + result.timeouts;
    const { 201: created = 0, ...other } = statuses;
    const stored = await database.countRequests();
    return { driver, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, filed: created, stored, other };
  } finally {
    await database.dispose();
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function printFormsTable(rows: FormsRow[]) {
  console.log(`\n(f) POST /api/v1/forms/${SLUG}/requests, a new request each (fresh Idempotency-Key), ${CONNECTIONS} connections, ${SECONDS} s\n`);
  console.log(
    table(
      ['db', 'filings/s', 'p50 ms', 'p99 ms', '201s measured', 'rows stored (with warm-up)', 'other answers'],
      rows.map((row) => [
        row.driver,
        Math.round(row.requestsPerSecond).toLocaleString('en-US'),
        row.p50.toFixed(1),
        row.p99.toFixed(1),
        String(row.filed),
        String(row.stored),
        Object.keys(row.other).length ? JSON.stringify(row.other) : 'none',
      ]),
    ),
  );
}

/** Measures every driver and prints its table; `npm run bench` calls it. */
export async function benchForms(): Promise<FormsRow[]> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const rows: FormsRow[] = [];
  for (const driver of serverUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
    process.stdout.write(`forms ${driver}: filing for ${SECONDS} s… `);
    const row = await measureDriver(driver, serverUrl);
    console.log(`${Math.round(row.requestsPerSecond)} filings/s, p99 ${row.p99.toFixed(1)} ms`);
    rows.push(row);
  }
  printFormsTable(rows);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  benchForms().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
