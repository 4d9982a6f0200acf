/**
 * Catalogue benchmarks (issue #3, "Catalogue at national scale"). Run: `npm run bench`.
 *
 * For a city (300 services) and the nation (27,000), on PGlite and — when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a PostgreSQL server — on a fresh PostgreSQL database, it starts the real
 * registry as its own process and measures with autocannon:
 *  (a) GET /api/v1/catalogue, the shell's first page: req/s and p99 of the full response (identity and
 *      gzip) and of the 304, beside a bare node:http server (its own process) replaying the same bytes
 *      and headers; target ≥ 0.8 × the bare server;
 *  (b) at 27,000, search latency, one request at a time, for realistic queries with typos: first
 *      requests (cache misses: the database) and repeats (the cache); target p99 < 20 ms;
 *  (d) on the city, publishing a 1 MiB plugin archive over HTTP: upload → approve → activate, and
 *      until a client of /api/v1/events hears `version.activated`.
 * Knobs: BENCH_SECONDS (per measurement, default 3), BENCH_CONNECTIONS (default 32),
 * BENCH_SEARCH_ROUNDS (default 10), BENCH_NATION (default 27000), BENCH_PUBLISH_ROUNDS (default 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeClient } from './catalogue/http-client';
import { expectOnly, load, type LoadResult } from './catalogue/load';
import { recordFirstPage } from './catalogue/record';
import { prepareDatabase, startProcess, startRegistry, type Dataset, type Driver, type RunningProcess } from './catalogue/registry-process';
import { printTables, type LoadRow, type SearchRow } from './catalogue/report';
import { measureSearch } from './catalogue/search-latency';
import { benchGateway } from './gateway/run-gateway';
import { benchForms } from './forms/run-forms';
import { createBenchAccounts, measurePublish, printPublishTable, type PublishRow, type PublishTarget } from './publish/publish-latency';
import { runPluginLoop } from './plugin-loop';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 10);
const PUBLISH_ROUNDS = Number(process.env.BENCH_PUBLISH_ROUNDS ?? 5);
const DATASETS: Dataset[] = [
  { name: 'city', services: 300, regions: 1 },
  { name: 'nation', services: Number(process.env.BENCH_NATION ?? 27_000) },
];
const FIRST_PAGE = '/api/v1/catalogue';

async function main() {
  const started = Date.now();
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const drivers: Driver[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];
  const notes: string[] = [];
  if (!postgresUrl) notes.push('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per measurement; search: ${SEARCH_ROUNDS} rounds of 20 queries\n`);

  const loadRows: LoadRow[] = [];
  const searchRows: SearchRow[] = [];
  const publishRows: PublishRow[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'palapa-bench-recordings-'));
  try {
    for (const driver of drivers) {
      for (const dataset of DATASETS) {
        const label = `${driver}/${dataset.name}`;
        process.stdout.write(`${label}: generating ${dataset.services} services… `);
        // The city run also measures publishing, as accounts created before the registry starts.
        let publishTarget: PublishTarget | undefined;
        const prepareAccounts = async (db: Parameters<typeof createBenchAccounts>[0]) => {
          publishTarget = await createBenchAccounts(db);
        };
        const database = await prepareDatabase(driver, dataset, postgresUrl, dataset.name === 'city' ? prepareAccounts : undefined);
        console.log(`${database.seconds.toFixed(1)} s`);
        const processes: RunningProcess[] = [];
        try {
          const registry = await startRegistry(database);
          processes.push(registry);
          const page = await recordFirstPage(registry.url, FIRST_PAGE, join(scratch, `${driver}-${dataset.name}.json`));
          const bare = await startProcess([join(import.meta.dirname, 'catalogue/bare-server.ts'), join(scratch, `${driver}-${dataset.name}.json`)], {});
          processes.push(bare);
          console.log(`  first page: ${page.items} services, ${kib(page.identityBytes)} KiB, gzip ${kib(page.gzipBytes)} KiB`);
          // Warm both (JIT, connections) before measuring.
          await load(`${registry.url}${FIRST_PAGE}`, {}, 1, CONNECTIONS);
          await load(`${bare.url}${FIRST_PAGE}`, {}, 1, CONNECTIONS);
          const scenarios: [string, Record<string, string>, number][] = [
            ['200, identity', {}, 200],
            ['200, gzip', { 'accept-encoding': 'gzip' }, 200],
            ['304', { 'accept-encoding': 'gzip', 'if-none-match': page.gzipEtag }, 304],
          ];
          for (const [scenario, headers, status] of scenarios) {
            // Alternate the order so that a drift in machine load does not favour one side.
            const bareFirst = loadRows.length % 2 === 0;
            const measure = async (url: string) => {
              const result = await load(`${url}${FIRST_PAGE}`, headers, SECONDS, CONNECTIONS);
              expectOnly(result, status, `${label} ${scenario}`);
              return result;
            };
            let app: LoadResult;
            let yardstick: LoadResult;
            if (bareFirst) {
              yardstick = await measure(bare.url);
              app = await measure(registry.url);
            } else {
              app = await measure(registry.url);
              yardstick = await measure(bare.url);
            }
            loadRows.push({ driver, dataset: dataset.name, scenario, app, bare: yardstick });
            console.log(`  ${scenario.padEnd(14)} registry ${Math.round(app.requestsPerSecond)} req/s, bare ${Math.round(yardstick.requestsPerSecond)} req/s`);
          }
          if (dataset.services >= 10_000) {
            const search = await measureSearch(registry.url, SEARCH_ROUNDS);
            searchRows.push({ driver, dataset: dataset.name, pass: 'first (database)', result: search.cold });
            searchRows.push({ driver, dataset: dataset.name, pass: 'repeat (cache)', result: search.warm });
            console.log(`  search p99: first ${search.cold.p99.toFixed(1)} ms, repeat ${search.warm.p99.toFixed(1)} ms`);
          }
          if (publishTarget) {
            const result = await measurePublish(registry.url, publishTarget, PUBLISH_ROUNDS);
            publishRows.push({ driver, result });
            console.log(`  publish ${PUBLISH_ROUNDS}× 1 MiB: active in ${result.toActive.map((n) => n.toFixed(0)).join(', ')} ms`);
          }
        } finally {
          for (const running of processes.reverse()) await running.stop();
          await database.dispose();
        }
      }
    }
  } finally {
    closeClient();
    rmSync(scratch, { recursive: true, force: true });
  }
  printTables(loadRows, searchRows);
  // (c) The service gateway: its own processes and table (test/bench/gateway).
  await benchGateway();
  // (f) Citizens filing form requests: its own processes and table (test/bench/forms).
  await benchForms();
  printPublishTable(publishRows);
  // The OPD team's loop with the real palapa CLI: create → build → publish → approve → in the catalogue.
  await runPluginLoop();
  for (const note of notes) console.log(`Note: ${note}`);
  console.log(`Load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}; bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
