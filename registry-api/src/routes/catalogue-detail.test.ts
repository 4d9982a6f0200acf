import { apiErrorSchema, serviceDetailSchema } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { services } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { demoServices } from '../seed/demo-city';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

const STANDARD_FIELDS = ['complaintChannel', 'fee', 'legalBasis', 'procedure', 'processingTime', 'product', 'requirements'];

describe.each(testDrivers())('GET /api/v1/catalogue/:slug (%s)', (driver) => {
  let database: TestDatabase;
  let cache: CatalogueCache;
  let app: PalapaApp;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    cache = new CatalogueCache();
    app = createApp({ db: database.db, cache });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  async function expectNotFound(path: string) {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  }

  it.each(['cek-pbb', 'darurat', 'curhat-ning-ita'])('returns %s in full, with all seven standar pelayanan fields', async (slug) => {
    await seedDemoCity(database.db);
    const seeded = demoServices.find((service) => service.slug === slug);
    const response = await app.request(`/api/v1/catalogue/${slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
    const raw: unknown = await response.json();
    const body = serviceDetailSchema.parse(raw);
    expect(Object.keys((raw as { standard: object }).standard).sort()).toEqual(STANDARD_FIELDS);
    expect(body.slug).toBe(slug);
    expect(body.kind).toBe(seeded?.kind);
    expect(body.name).toEqual(seeded?.name);
    expect(body.description).toEqual(seeded?.description);
    expect(body.linkUrl).toBe(seeded?.linkUrl);
    expect(body.standard).toEqual(seeded?.standard);
    for (const field of ['requirements', 'procedure', 'legalBasis'] as const) {
      expect(body.standard[field].id.length).toBeGreaterThan(0);
      expect(body.standard[field].en).toHaveLength(body.standard[field].id.length);
    }
  });

  it('answers 304 to If-None-Match with its ETag', async () => {
    await seedDemoCity(database.db);
    const etag = (await app.request('/api/v1/catalogue/ppid')).headers.get('etag') ?? '';
    const response = await app.request('/api/v1/catalogue/ppid', { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  it('does not find a disabled service, even one served from the cache before', async () => {
    await seedDemoCity(database.db);
    expect((await app.request('/api/v1/catalogue/pbg')).status).toBe(200);
    await database.db.update(services).set({ enabled: false }).where(eq(services.slug, 'pbg'));
    cache.invalidate();
    try {
      await expectNotFound('/api/v1/catalogue/pbg');
    } finally {
      await database.db.update(services).set({ enabled: true }).where(eq(services.slug, 'pbg'));
      cache.invalidate();
    }
    expect((await app.request('/api/v1/catalogue/pbg')).status).toBe(200);
  });

  it('does not find an unknown slug', async () => {
    await seedDemoCity(database.db);
    await expectNotFound('/api/v1/catalogue/tidak-ada');
  });

  it.each([
    ['an encoded path traversal', '..%2F..%2Fetc'],
    ['an encoded traversal to a real file', '..%2F..%2F..%2Fpackage.json'],
    ['300 characters', 'A'.repeat(300)],
    ['a 65-character slug', 'a'.repeat(65)],
    ['an emoji', '%F0%9F%98%80'],
    ['an encoded space', encodeURIComponent('cek pbb')],
    ['upper case', 'CEK-PBB'],
    ['a broken percent escape', '%E0%A4%A'],
    ['a NUL byte', 'cek-pbb%00'],
    ['a dot-dot-slash', '../'],
  ])('answers 404 JSON, never 500, for %s', async (_label, slug) => {
    await seedDemoCity(database.db);
    await expectNotFound(`/api/v1/catalogue/${slug}`);
  });
});
