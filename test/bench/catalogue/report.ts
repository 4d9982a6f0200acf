import type { LoadResult } from './load';
import type { LatencyResult } from './search-latency';

export interface LoadRow {
  driver: string;
  dataset: string;
  scenario: string;
  app: LoadResult;
  bare: LoadResult;
}

export interface SearchRow {
  driver: string;
  dataset: string;
  pass: string;
  result: LatencyResult;
}

export const RATIO_TARGET = 0.8;
export const SEARCH_P99_TARGET_MS = 20;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export function printTables(loadRows: LoadRow[], searchRows: SearchRow[]) {
  console.log('\n(a) GET /api/v1/catalogue, first page: registry vs a bare node:http server sending the same bytes\n');
  console.log(
    table(
      ['db', 'catalogue', 'response', 'registry req/s', 'registry p99 ms', 'bare req/s', 'bare p99 ms', 'ratio', `target ≥ ${RATIO_TARGET}`],
      loadRows.map((row) => {
        const ratio = row.app.requestsPerSecond / row.bare.requestsPerSecond;
        return [
          row.driver,
          row.dataset,
          row.scenario,
          int(row.app.requestsPerSecond),
          String(row.app.p99),
          int(row.bare.requestsPerSecond),
          String(row.bare.p99),
          ratio.toFixed(2),
          verdict(ratio >= RATIO_TARGET),
        ];
      }),
    ),
  );
  if (searchRows.length === 0) return;
  console.log('\n(b) Search at national scale, one request at a time (realistic queries with typos)\n');
  console.log(
    table(
      ['db', 'catalogue', 'pass', 'requests', 'with results', 'p50 ms', 'p99 ms', 'max ms', `target p99 < ${SEARCH_P99_TARGET_MS} ms`],
      searchRows.map((row) => [
        row.driver,
        row.dataset,
        row.pass,
        String(row.result.requests),
        `${row.result.results}/${row.result.requests}`,
        row.result.p50.toFixed(1),
        row.result.p99.toFixed(1),
        row.result.max.toFixed(1),
        verdict(row.result.p99 < SEARCH_P99_TARGET_MS),
      ]),
    ),
  );
  console.log('');
}
