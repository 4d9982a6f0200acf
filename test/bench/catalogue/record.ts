import { writeFileSync } from 'node:fs';
import type { RecordedVariant, Recording } from './bare-server';
import { rawGet, type RawResponse } from './http-client';

// Headers a server sets per connection or per moment, not per response body.
const TRANSIENT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function variant(response: RawResponse): RecordedVariant {
  const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !TRANSIENT.has(name)));
  return { status: response.status, headers, bodyBase64: response.body.toString('base64') };
}

export interface FirstPage {
  recording: Recording;
  etag: string;
  gzipEtag: string;
  identityBytes: number;
  gzipBytes: number;
  items: number;
}

/** Records the registry's first catalogue page in every variant, for the bare server to replay. */
export async function recordFirstPage(baseUrl: string, path: string, file: string): Promise<FirstPage> {
  const url = `${baseUrl}${path}`;
  const identity = await rawGet(url);
  const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
  const etag = identity.headers.etag ?? '';
  const gzipEtag = gzip.headers.etag ?? '';
  const notModified = await rawGet(url, { 'if-none-match': etag });
  const notModifiedGzip = await rawGet(url, { 'if-none-match': gzipEtag, 'accept-encoding': 'gzip' });
  for (const [name, response, status] of [
    ['identity', identity, 200],
    ['gzip', gzip, 200],
    ['304', notModified, 304],
    ['304 gzip', notModifiedGzip, 304],
  ] as const) {
    if (response.status !== status) throw new Error(`${name}: expected ${status}, got ${response.status}`);
  }
  if (gzip.headers['content-encoding'] !== 'gzip') throw new Error('the registry did not gzip the first page');
  const recording: Recording = {
    etags: [etag, gzipEtag],
    identity: variant(identity),
    gzip: variant(gzip),
    notModified: variant(notModified),
    notModifiedGzip: variant(notModifiedGzip),
  };
  writeFileSync(file, JSON.stringify(recording));
  const items = (JSON.parse(identity.body.toString('utf8')) as { items: unknown[] }).items.length;
  return { recording, etag, gzipEtag, identityBytes: identity.body.length, gzipBytes: gzip.body.length, items };
}
