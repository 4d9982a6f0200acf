import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

/** Keeps `connections` connections busy for `seconds` and reports throughput and latency. */
export async function load(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({ url, headers, duration: seconds, connections, pipelining: 1 });
  const statuses: Record<string, number> = {};
  for (const [status, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stat.count ?? 0;
  if (result.errors > 0 || result.timeouts > 0) statuses.errors = result.errors + result.timeouts;
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, statuses };
}

/** Throws unless every response had `status`: a benchmark of errors measures nothing. */
export function expectOnly(result: LoadResult, status: number, label: string) {
  const other = Object.entries(result.statuses).filter(([code]) => code !== String(status));
  if (other.length > 0) throw new Error(`${label}: expected only ${status}, got ${JSON.stringify(result.statuses)}`);
}
