/**
 * The yardstick: a bare node:http server that answers with bytes and headers recorded from the
 * registry, choosing the variant as the registry does (304 on a matching If-None-Match, gzip when
 * accepted). Whatever the registry spends beyond this is framework and application overhead.
 * Run: node --import tsx bare-server.ts <recorded.json>
 */
import { readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';

export interface RecordedVariant {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

export interface Recording {
  etags: string[];
  identity: RecordedVariant;
  gzip: RecordedVariant;
  notModified: RecordedVariant;
  notModifiedGzip: RecordedVariant;
}

interface Prepared {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

function prepare(variant: RecordedVariant): Prepared {
  return { status: variant.status, headers: variant.headers, body: Buffer.from(variant.bodyBase64, 'base64') };
}

const recording = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Recording;
const etags = new Set(recording.etags);
const identity = prepare(recording.identity);
const gzip = prepare(recording.gzip);
const notModified = prepare(recording.notModified);
const notModifiedGzip = prepare(recording.notModifiedGzip);

const server = createServer((request, response) => {
  const gzipped = (request.headers['accept-encoding'] ?? '').includes('gzip');
  const tag = request.headers['if-none-match'];
  const variant = tag !== undefined && etags.has(tag) ? (gzipped ? notModifiedGzip : notModified) : gzipped ? gzip : identity;
  response.writeHead(variant.status, variant.headers);
  response.end(variant.status === 304 ? undefined : variant.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Bare server running at http://127.0.0.1:${port}/ `);
});
process.once('SIGTERM', () => process.exit(0));
