/**
 * Serves a plugin's dist/ to the portal on another origin: CORS for every file (the shell imports
 * the remote from its own origin), no caching (each rebuild must be seen on reload), and nothing
 * outside the folder. `GET /__palapa/events` is a server-sent-events stream that says `build` after
 * every rebuild, so a portal page running the developer override reloads itself.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  // Chromium asks before a public portal (https://portal.kota.go.id) loads from this machine.
  'Access-Control-Allow-Private-Network': 'true',
  'Cache-Control': 'no-store',
};

/** The live-reload stream; the shell opens it at the override entry's origin (shell/src/loader/live-reload.ts). */
export const EVENTS_PATH = '/__palapa/events';

/** The file under `root` a request path names, or null when it would leave the folder. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

export interface RunningServer {
  server: Server;
  port: number;
  /** Tells every open portal page that a new build is in dist/. */
  notifyBuild(): void;
  close(): Promise<void>;
}

/**
 * Server-sent events written by hand: the protocol is a few `field: value` lines per event over a
 * response that stays open, and the stream only ever sends one event with no data to speak of, so
 * a library (and its framework) would be larger than the code it replaces.
 */
function openEventStream(clients: Set<ServerResponse>, response: ServerResponse) {
  response.writeHead(200, { ...CORS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  clients.add(response);
  response.on('close', () => clients.delete(response));
  // A comment line flushes the headers, so the browser's EventSource (and a test) knows it is connected.
  response.write(': palapa dev\n\n');
}

export async function serveFolder(root: string, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer(async (request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, CORS).end();
    if (request.method === 'GET' && request.url?.split('?')[0] === EVENTS_PATH) return openEventStream(clients, response);
    const file = fileFor(root, request.url ?? '/');
    const found = file ? await stat(file).catch(() => null) : null;
    if (!file || !found?.isFile()) {
      return response.writeHead(404, { ...CORS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan / not found\n');
    }
    response.writeHead(200, { ...CORS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': found.size });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    notifyBuild: () => {
      for (const client of clients) client.write(`event: build\ndata: ${Date.now()}\n\n`);
    },
    close: () => {
      // Open event streams would keep server.close() waiting for ever.
      for (const client of clients) client.end();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
