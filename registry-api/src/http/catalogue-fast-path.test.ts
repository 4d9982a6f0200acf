import { getRequestListener } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { services } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { withCatalogueFastPath } from './catalogue-fast-path';

interface Answer {
  status: number;
  /** Names and values as sent, in order and case, without Date (it differs from second to second). */
  rawHeaders: string[];
  body: string;
}

function listen(listener: RequestListener): Promise<{ server: Server; origin: string }> {
  const server = createServer(listener);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

function send(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const rawHeaders: string[] = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          if (response.rawHeaders[i]?.toLowerCase() !== 'date') rawHeaders.push(response.rawHeaders[i] ?? '', response.rawHeaders[i + 1] ?? '');
        }
        resolve({ status: response.statusCode ?? 0, rawHeaders, body: Buffer.concat(chunks).toString('latin1') });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const header = (answer: Answer, name: string) => {
  const at = answer.rawHeaders.findIndex((value, index) => index % 2 === 0 && value.toLowerCase() === name);
  return at < 0 ? undefined : answer.rawHeaders[at + 1];
};

describe.each(testDrivers())('the catalogue fast path in front of Hono (%s)', (driver) => {
  let database: TestDatabase;
  let cache: CatalogueCache;
  /** The registry as server.ts serves it: the fast path, then Hono. */
  let fast: { server: Server; origin: string };
  /** The same app and cache served by Hono alone: what the fast path must answer exactly. */
  let plain: { server: Server; origin: string };
  /** How many requests the fast path handed on to Hono. */
  let handedOn = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    cache = new CatalogueCache();
    const hono = getRequestListener(createApp({ db: database.db, cache }).fetch);
    fast = await listen(
      withCatalogueFastPath(cache, (request, response) => {
        handedOn += 1;
        return hono(request, response);
      }),
    );
    plain = await listen(hono);
  });

  afterAll(async () => {
    fast?.server.closeAllConnections();
    plain?.server.closeAllConnections();
    await Promise.all([fast, plain].map((listening) => listening && new Promise((resolve) => listening.server.close(resolve))));
    await database?.dispose();
  });

  /** Sends the request to both servers: returns the fast path's answer and Hono's, and whether Hono was bypassed. */
  async function both(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const before = handedOn;
    const viaFastPath = await send(fast.origin, path, headers, method);
    const bypassed = handedOn === before;
    const viaHono = await send(plain.origin, path, headers, method);
    return { viaFastPath, viaHono, bypassed };
  }

  it.each([
    ['the first page', '/api/v1/catalogue', {}],
    ['the first page, gzip', '/api/v1/catalogue', { 'accept-encoding': 'gzip, deflate, br' }],
    ['a search', '/api/v1/catalogue?q=pajak&limit=5', {}],
    ['a category, gzip', '/api/v1/catalogue?category=kependudukan', { 'accept-encoding': 'gzip' }],
  ])('answers the 304 of %s itself, with exactly the status, headers and (empty) body Hono answers', async (_name, path, headers) => {
    // The first request fills the cache, through Hono.
    const first = await send(fast.origin, path, headers);
    expect(first.status).toBe(200);
    const etag = header(first, 'etag') ?? '';
    for (const ifNoneMatch of [etag, `"other", ${etag}`]) {
      const { viaFastPath, viaHono, bypassed } = await both(path, { ...headers, 'if-none-match': ifNoneMatch });
      expect(bypassed).toBe(true);
      expect(viaFastPath.status).toBe(304);
      expect(viaFastPath).toEqual(viaHono);
      expect(header(viaFastPath, 'etag')).toBe(etag);
      expect(header(viaFastPath, 'x-content-type-options')).toBe('nosniff');
    }
  });

  it('hands a non-matching ETag to Hono, which answers the page', async () => {
    await send(fast.origin, '/api/v1/catalogue');
    const { viaFastPath, viaHono, bypassed } = await both('/api/v1/catalogue', { 'if-none-match': '"not-this-one"' });
    expect(bypassed).toBe(false);
    expect(viaFastPath.status).toBe(200);
    expect(viaFastPath).toEqual(viaHono);
  });

  it('hands a request to Hono once the catalogue changed, so an old ETag gets the new page', async () => {
    const first = await send(fast.origin, '/api/v1/catalogue');
    const etag = header(first, 'etag') ?? '';
    await database.db.update(services).set({ enabled: false }).where(eq(services.slug, 'cek-pbb'));
    cache.invalidate();
    try {
      const before = handedOn;
      const after = await send(fast.origin, '/api/v1/catalogue', { 'if-none-match': etag });
      expect(handedOn).toBe(before + 1);
      expect(after.status).toBe(200);
      expect(header(after, 'etag')).not.toBe(etag);
      expect(after.body).not.toContain('"cek-pbb"');
    } finally {
      await database.db.update(services).set({ enabled: true }).where(eq(services.slug, 'cek-pbb'));
      cache.invalidate();
    }
  });

  it('hands every other request to Hono, even with an ETag that would match', async () => {
    const first = await send(fast.origin, '/api/v1/catalogue');
    const etag = header(first, 'etag') ?? '';
    const others: [string, string][] = [
      ['HEAD', '/api/v1/catalogue'],
      ['POST', '/api/v1/catalogue'],
      ['GET', '/api/v1/catalogue/'],
      ['GET', '/api/v1/catalogue/cek-pbb'],
      ['GET', '/api/v1/cataloguex'],
      ['GET', '/api/v1/catalogue?never=asked'],
      ['GET', '/API/v1/catalogue'],
      ['GET', '/healthz'],
    ];
    for (const [method, path] of others) {
      const { viaFastPath, viaHono, bypassed } = await both(path, { 'if-none-match': etag }, method);
      expect(bypassed, `${method} ${path}`).toBe(false);
      expect(viaFastPath.status, `${method} ${path}`).toBe(viaHono.status);
    }
  });
});
