/**
 * Gateway benchmark (issue 5): what the service gateway adds to a call to an OPD back end.
 * Run on its own: `npx tsx test/bench/gateway/run-gateway.ts`; `npm run bench` runs it after the
 * catalogue benchmarks.
 *
 * Three processes: a bare node:http upstream, the registry (fresh database, two services whose
 * approved upstream is that server) and this one, which drives autocannon at
 *  - the upstream directly (the yardstick),
 *  - the gateway, anonymous (resolve the service, filter headers, forward, buffer, answer),
 *  - the gateway, signed in, for a version asking `user.profile` (also: session lookup, HMAC
 *    signature, one access-log row per call).
 * On PGlite always; on PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 * Each at 1 connection (the latency added to one call) and at BENCH_GATEWAY_CONNECTIONS (default 16).
 * Knobs: BENCH_SECONDS (default 3), BENCH_GATEWAY_CONNECTIONS.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { expectOnly, load, type LoadResult } from '../catalogue/load';
import { startProcess, type RunningProcess } from '../catalogue/registry-process';
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_PATH, BENCH_SERVICES } from './bench-fixture';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_GATEWAY_CONNECTIONS ?? 16);

export interface GatewayRow {
  driver: string;
  scenario: string;
  connections: number;
  result: LoadResult;
  direct: LoadResult;
}

async function freshPostgres(serverUrl: string) {
  const name = `palapa_bench_gw_${randomBytes(6).toString('hex')}`;
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

async function signIn(registry: string): Promise<string> {
  const response = await fetch(`${registry}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`bench sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function measureDriver(driver: 'pglite' | 'postgres', upstreamUrl: string, serverUrl: string | undefined): Promise<GatewayRow[]> {
  const database = driver === 'postgres' && serverUrl ? await freshPostgres(serverUrl) : null;
  let registry: RunningProcess | null = null;
  try {
    registry = await startProcess([join(import.meta.dirname, 'gateway-registry.ts')], { BENCH_UPSTREAM: `${upstreamUrl}/opd`, DATABASE_URL: database?.url ?? '' });
    const cookie = await signIn(registry.url);
    const direct = `${upstreamUrl}/opd${BENCH_PATH}`;
    const scenarios: [string, string, Record<string, string>][] = [
      ['gateway, anonymous', `${registry.url}/api/v1/gateway/${BENCH_SERVICES.plain}${BENCH_PATH}`, {}],
      ['gateway, signed identity + access log', `${registry.url}/api/v1/gateway/${BENCH_SERVICES.profile}${BENCH_PATH}`, { cookie }],
    ];
    // Warm up (JIT, connections, PGlite's first queries) before measuring.
    await load(direct, {}, 1, CONNECTIONS);
    for (const [, url, headers] of scenarios) await load(url, headers, 1, CONNECTIONS);
    const rows: GatewayRow[] = [];
    // One connection: the latency the gateway adds to a call. Many: what it does under load.
    for (const connections of [1, CONNECTIONS]) {
      for (const [scenario, url, headers] of scenarios) {
        // Measure the yardstick right before each scenario, so a drift in machine load hits both alike.
        const yardstick = await load(direct, {}, SECONDS, connections);
        expectOnly(yardstick, 200, `${driver} direct`);
        const result = await load(url, headers, SECONDS, connections);
        expectOnly(result, 200, `${driver} ${scenario}`);
        rows.push({ driver, scenario, connections, result, direct: yardstick });
        console.log(`  ${driver} ${scenario}, ${connections} conn.: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (direct p50 ${yardstick.p50} ms, p99 ${yardstick.p99} ms)`);
      }
    }
    return rows;
  } finally {
    await registry?.stop();
    await database?.drop();
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function printGatewayTable(rows: GatewayRow[]) {
  console.log(`\n(c) Service gateway overhead: GET through /api/v1/gateway vs the same upstream called directly (${SECONDS} s each)\n`);
  // autocannon measures latency in whole milliseconds.
  const ms = (n: number) => n.toFixed(0);
  console.log(
    table(
      ['db', 'scenario', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'direct req/s', 'direct p50 ms', 'direct p99 ms', 'added p50 ms', 'added p99 ms'],
      rows.map(({ driver, scenario, connections, result, direct }) => [
        driver,
        scenario,
        String(connections),
        String(Math.round(result.requestsPerSecond)),
        ms(result.p50),
        ms(result.p99),
        String(Math.round(direct.requestsPerSecond)),
        ms(direct.p50),
        ms(direct.p99),
        ms(result.p50 - direct.p50),
        ms(result.p99 - direct.p99),
      ]),
    ),
  );
  console.log(`${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}: latency on a busy machine measures the queue as much as the code.`);
}

/** Runs the gateway benchmark on every available database and prints its table. */
export async function benchGateway(): Promise<GatewayRow[]> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const upstream = await startProcess([join(import.meta.dirname, 'upstream-server.ts')], {});
  const rows: GatewayRow[] = [];
  try {
    console.log('\nGateway benchmark:');
    rows.push(...(await measureDriver('pglite', upstream.url, undefined)));
    if (serverUrl) rows.push(...(await measureDriver('postgres', upstream.url, serverUrl)));
  } finally {
    await upstream.stop();
  }
  printGatewayTable(rows);
  return rows;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  benchGateway().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
