import { apiErrorSchema, catalogueListSchema } from '@palapa/sdk';
import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { SECURITY_HEADERS } from '../http/security-headers';
import { acceptsGzip, catalogueRoutes } from './catalogue';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['GZIP', true],
    ['*', true],
    ['x-gzip', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['*;q=0', false],
    ['br', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe.each(testDrivers())('GET /api/v1/catalogue compression and revalidation (%s)', (driver) => {
  let database: TestDatabase;
  let cache: CatalogueCache;
  let app: PalapaApp;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    cache = new CatalogueCache();
    app = createApp({ db: database.db, cache });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('sends the catalogue gzipped when the client accepts it, under the weak form of the same ETag', async () => {
    const plain = await app.request('/api/v1/catalogue');
    const zipped = await app.request('/api/v1/catalogue', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(zipped.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=300');
    expect(zipped.headers.get('etag')).toBe(`W/${plain.headers.get('etag')}`);
    const unzipped = JSON.parse(gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8'));
    expect(unzipped).toEqual(await plain.json());
    expect(catalogueListSchema.parse(unzipped).total).toBeGreaterThan(0);
  });

  it('revalidates either variant with either tag: 304, no body, the Cache-Control again', async () => {
    const plain = await app.request('/api/v1/catalogue');
    const strong = plain.headers.get('etag') ?? '';
    for (const [tag, encoding] of [
      [strong, 'gzip'],
      [`W/${strong}`, 'gzip'],
      [`W/${strong}`, ''],
    ] as const) {
      const response = await app.request('/api/v1/catalogue', { headers: { 'If-None-Match': tag, 'Accept-Encoding': encoding } });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('cache-control')).toMatch(/stale-while-revalidate/);
    }
  });

  it('does not gzip a response too small to gain from it', async () => {
    const response = await app.request('/api/v1/catalogue?q=xyzzy', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('carries the security headers itself on 200, 304 and 400, even mounted without the app middleware', async () => {
    const bare = new Hono().route('/api/v1/catalogue', catalogueRoutes({ db: database.db, cache: new CatalogueCache() }));
    const ok = await bare.request('/api/v1/catalogue', { headers: { 'Accept-Encoding': 'gzip' } });
    const notModified = await bare.request('/api/v1/catalogue', { headers: { 'If-None-Match': ok.headers.get('etag') ?? '' } });
    const refused = await bare.request('/api/v1/catalogue?limit=0');
    expect([ok.status, notModified.status, refused.status]).toEqual([200, 304, 400]);
    for (const response of [ok, notModified, refused]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    }
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('invalid_input');
  });

  it('answers a repeated request from memory, and a changed catalogue afresh', async () => {
    const first = await app.request('/api/v1/catalogue?kind=link');
    const second = await app.request('/api/v1/catalogue?kind=link');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
    cache.invalidate();
    const bad = await app.request('/api/v1/catalogue?kind=widget');
    expect(bad.status).toBe(400);
    expect((await app.request('/api/v1/catalogue?kind=widget')).status).toBe(400);
  });
});
