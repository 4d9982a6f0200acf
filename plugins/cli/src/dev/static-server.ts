/**
 * Serves a plugin's dist/ to the portal on another origin: CORS for every file (the shell imports
 * the remote from its own origin), no caching (each rebuild must be seen on reload), and nothing
 * outside the folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
  close(): Promise<void>;
}

export async function serveFolder(root: string, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createServer(async (request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, CORS).end();
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
