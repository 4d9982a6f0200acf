import { rawGet } from './http-client';

/** Queries citizens type, typos included, each meaning a real service. */
export const SEARCH_QUERIES = [
  'pjak kendaraan',
  'kesehtan',
  'ambulan',
  'polisi',
  'izin usha mikro',
  'akta kelahran',
  'bantuan sosal',
  'ktp elektronik',
  'jadwal posyando',
  'parkir',
  'lapor jalan rusak',
  'pajak restoran sleman',
  'birth certficate',
  'sampah',
  'beasiswa',
  'wifi gratis',
  'lowongan kerja',
  'izin bangunan',
  'damkar',
  'pbb makassar',
];

export interface LatencyResult {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  results: number;
}

/**
 * One request at a time, each timed from send to last byte. `rounds` distinct page sizes make every
 * request of the first pass a cache miss (the registry caches per query and page size), so the
 * first pass measures the database and the second the cache.
 */
export async function measureSearch(baseUrl: string, rounds: number): Promise<{ cold: LatencyResult; warm: LatencyResult }> {
  const urls: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of SEARCH_QUERIES) urls.push(`${baseUrl}/api/v1/catalogue?q=${encodeURIComponent(query)}&limit=${10 + round}`);
  }
  const cold = await timeAll(urls);
  const warm = await timeAll(urls);
  return { cold, warm };
}

async function timeAll(urls: string[]): Promise<LatencyResult> {
  const times: number[] = [];
  let results = 0;
  for (const url of urls) {
    const started = performance.now();
    const response = await rawGet(url);
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${response.body.toString('utf8').slice(0, 200)}`);
    results += (JSON.parse(response.body.toString('utf8')) as { total: number }).total > 0 ? 1 : 0;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  return { requests: times.length, p50: at(0.5), p99: at(0.99), max: times.at(-1) ?? NaN, results };
}
