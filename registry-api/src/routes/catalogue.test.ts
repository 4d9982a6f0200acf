import { apiErrorSchema, catalogueListSchema, type CatalogueList } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { services } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { demoCategories, demoOpds, demoServices } from '../seed/demo-city';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('GET /api/v1/catalogue (%s)', (driver) => {
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

  async function list(query = ''): Promise<CatalogueList> {
    const response = await app.request(`/api/v1/catalogue${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return catalogueListSchema.parse(await response.json());
  }

  async function setEnabled(slug: string, enabled: boolean) {
    await database.db.update(services).set({ enabled }).where(eq(services.slug, slug));
    cache.invalidate();
  }

  it('lists every seeded service with its category and OPD, in category order', async () => {
    await seedDemoCity(database.db);
    const body = await list();
    expect(body.total).toBe(body.items.length);
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((item) => item.slug).sort()).toEqual(demoServices.map((service) => service.slug).sort());
    for (const item of body.items) {
      const seeded = demoServices.find((service) => service.slug === item.slug);
      expect(item.kind).toBe(seeded?.kind);
      expect(item.name).toEqual(seeded?.name);
      expect(item.summary).toEqual(seeded?.summary);
      expect(item.keywords).toEqual(seeded?.keywords);
      expect(item.category).toEqual(demoCategories.find((category) => category.slug === seeded?.category));
      expect(item.opd).toEqual({ slug: seeded?.opd, name: demoOpds.find((opd) => opd.slug === seeded?.opd)?.name });
      expect(item.version === null || typeof item.version === 'string').toBe(true);
    }
    const positions = body.items.map((item) => demoCategories.findIndex((category) => category.slug === item.category.slug));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists enabled services only, and a changed catalogue gets a new ETag', async () => {
    await seedDemoCity(database.db);
    const before = await app.request('/api/v1/catalogue');
    const etagBefore = before.headers.get('etag');
    try {
      await setEnabled('wifi-gratis', false);
      const after = await app.request('/api/v1/catalogue');
      const body = catalogueListSchema.parse(await after.json());
      expect(body.items.map((item) => item.slug)).not.toContain('wifi-gratis');
      expect(body.total).toBe(demoServices.length - 1);
      expect(after.headers.get('etag')).not.toBe(etagBefore);
    } finally {
      await setEnabled('wifi-gratis', true);
    }
    expect((await list()).items.map((item) => item.slug)).toContain('wifi-gratis');
  });

  it.each([
    ['category', 'darurat', (service: (typeof demoServices)[number]) => service.category === 'darurat'],
    ['opd', 'bpkpd', (service: (typeof demoServices)[number]) => service.opd === 'bpkpd'],
    ['kind', 'link', (service: (typeof demoServices)[number]) => service.kind === 'link'],
  ])('filters by %s=%s', async (name, value, matches) => {
    await seedDemoCity(database.db);
    const body = await list(`?${name}=${value}`);
    const expected = demoServices.filter(matches).map((service) => service.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.items.map((item) => item.slug).sort()).toEqual(expected.sort());
    expect(body.total).toBe(expected.length);
  });

  it('combines filters', async () => {
    await seedDemoCity(database.db);
    const body = await list('?category=darurat&kind=module');
    expect(body.items.map((item) => item.slug)).toEqual(['darurat']);
  });

  it.each([
    ['an unknown parameter', '?foo=1'],
    ['an unknown kind', '?kind=widget'],
    ['a category that is not a slug', '?category=Not%20A%20Slug'],
    ['an OPD that is not a slug', `?opd=${'a'.repeat(65)}`],
  ])('refuses %s with 400 invalid_input', async (_label, query) => {
    const response = await app.request(`/api/v1/catalogue${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('is cacheable: an ETag, a stale-while-revalidate window and the same ETag while unchanged', async () => {
    await seedDemoCity(database.db);
    const first = await app.request('/api/v1/catalogue');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    cache.invalidate();
    expect((await app.request('/api/v1/catalogue')).headers.get('etag')).toBe(etag);
    const filtered = await app.request('/api/v1/catalogue?kind=link');
    expect(filtered.headers.get('etag')).not.toBe(etag);
  });

  it.each([
    ['the ETag itself', (etag: string) => etag],
    ['its weak form', (etag: string) => `W/${etag}`],
    ['a list holding it', (etag: string) => `"x", ${etag}`],
    ['a wildcard', () => '*'],
  ])('answers 304 with an empty body when If-None-Match is %s', async (_label, header) => {
    await seedDemoCity(database.db);
    const etag = (await app.request('/api/v1/catalogue')).headers.get('etag') ?? '';
    const response = await app.request('/api/v1/catalogue', { headers: { 'If-None-Match': header(etag) } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(etag);
  });

  it.each([
    ['garbage', 'garbage"",,,W/W/"'],
    ['10k characters', 'x'.repeat(10_000)],
    ['another ETag', '"not-this-one"'],
  ])('answers 200 with the body when If-None-Match is %s', async (_label, header) => {
    await seedDemoCity(database.db);
    const response = await app.request('/api/v1/catalogue', { headers: { 'If-None-Match': header } });
    expect(response.status).toBe(200);
    expect(catalogueListSchema.parse(await response.json()).total).toBeGreaterThan(0);
  });
});
