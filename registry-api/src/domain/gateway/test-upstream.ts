// For gateway tests and the benchmark: a real OPD back end on a real port (Hono on node's HTTP
// server, port 0), with the endpoints that exercise each way a back end can behave.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createServer, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface TestUpstream {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  close(): Promise<void>;
}

/** What /base/echo/* answers: the request exactly as the back end received it. */
export interface Echo {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string;
}

export function testUpstreamApp(slowMs = 2_000) {
  const app = new Hono();
  app.all('/base/echo/*', async (c) => {
    const url = new URL(c.req.url);
    const echo: Echo = {
      method: c.req.method,
      target: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(c.req.raw.headers),
      body: await c.req.text(),
    };
    c.header('Set-Cookie', 'palapa_session=dicuri; Path=/');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('X-Palapa-User-Id', 'palsu');
    c.header('X-Opd-Trace', 'jejak-123');
    return c.json(echo, 200);
  });
  app.get('/base/slow', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, slowMs));
    return c.text('terlambat');
  });
  app.get('/base/big', (c) => c.text('x'.repeat(64 * 1024)));
  app.get('/base/html', (c) => c.html('<script>alert(document.cookie)</script>'));
  app.get('/base/redirect-inside', (c) => c.redirect('/base/echo/next?x=1', 302));
  app.get('/base/redirect-outside', (c) => c.redirect('https://evil.example/phish', 302));
  app.get('/base/gzip', (c) => c.body(new Uint8Array(gzipSync('isi terkompresi')), 200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' }));
  app.get('/outside', (c) => c.text('outside the upstream'));
  return app;
}

function listening(server: ServerType): Promise<number> {
  return new Promise((resolve) => {
    const address = server.address() as AddressInfo | null;
    if (address) resolve(address.port);
    else server.once('listening', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startTestUpstream(slowMs?: number): Promise<TestUpstream> {
  const server = serve({ fetch: testUpstreamApp(slowMs).fetch, port: 0, hostname: '127.0.0.1' });
  const port = await listening(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** A back end that answers every connection with `raw` bytes, HTTP or not, then hangs up. */
export async function startRawUpstream(raw: string): Promise<TestUpstream> {
  const server = createServer((socket) => {
    socket.once('data', () => socket.end(raw));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
