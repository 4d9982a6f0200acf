import { apiErrorSchema, catalogueListSchema, type CatalogueEntry, type CatalogueList } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { categories, services } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { DEFAULT_PAGE_LIMIT, DEFAULT_UNPAGED_LIMIT } from '../domain/catalogue/list-catalogue';
import { demoServices } from '../seed/demo-city';
import { generateNation } from '../seed/generate-nation';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

const NATION = 600;

describe.each(testDrivers())('GET /api/v1/catalogue paging (%s)', (driver) => {
  let database: TestDatabase;
  let cache: CatalogueCache;
  let app: PalapaApp;
  let positions: Map<string, number>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    await generateNation(database.db, { services: NATION });
    positions = new Map((await database.db.select().from(categories)).map((category) => [category.slug, category.position]));
    cache = new CatalogueCache();
    app = createApp({ db: database.db, cache });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  async function page(query: string): Promise<CatalogueList> {
    const response = await app.request(`/api/v1/catalogue?${query}`);
    expect(response.status).toBe(200);
    return catalogueListSchema.parse(await response.json());
  }

  /** Follows nextCursor to the end; checks every page agrees on the total. */
  async function walk(query: string, limit: number): Promise<{ items: CatalogueEntry[]; total: number; pages: number }> {
    const items: CatalogueEntry[] = [];
    let body = await page(`${query}&limit=${limit}`);
    const total = body.total;
    let pages = 1;
    items.push(...body.items);
    while (body.nextCursor !== null) {
      expect(body.items).toHaveLength(limit);
      body = await page(`${query}&limit=${limit}&cursor=${body.nextCursor}`);
      expect(body.total).toBe(total);
      items.push(...body.items);
      pages += 1;
      expect(pages).toBeLessThan(100);
    }
    return { items, total, pages };
  }

  function expectCatalogueOrder(items: CatalogueEntry[]) {
    for (let index = 1; index < items.length; index++) {
      const before = items[index - 1] as CatalogueEntry;
      const after = items[index] as CatalogueEntry;
      const order = (positions.get(before.category.slug) ?? 0) - (positions.get(after.category.slug) ?? 0);
      expect(order).toBeLessThanOrEqual(0);
    }
  }

  it('without q, cursor or limit, answers the first 500 services at once, as the shell expects', async () => {
    const body = await page('');
    expect(body.total).toBe(demoServices.length + NATION);
    expect(body.items).toHaveLength(DEFAULT_UNPAGED_LIMIT);
    expect(body.nextCursor).not.toBeNull();
    const next = await page(`cursor=${body.nextCursor}&limit=100`);
    const rest = await page(`cursor=${next.nextCursor}&limit=100`);
    expect(next.items.length + rest.items.length).toBe(demoServices.length + NATION - DEFAULT_UNPAGED_LIMIT);
    expect(rest.nextCursor).toBeNull();
  });

  it('pages 50 at a time by default once a cursor is given', async () => {
    const first = await page('limit=10');
    expect((await page(`cursor=${first.nextCursor}`)).items).toHaveLength(DEFAULT_PAGE_LIMIT);
  });

  it('walks the whole catalogue: every service once, in catalogue order, the same as one long list', async () => {
    const walked = await walk('', 37);
    expect(walked.total).toBe(demoServices.length + NATION);
    const slugs = walked.items.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(walked.total);
    expectCatalogueOrder(walked.items);
    const unpaged = await page('');
    expect(slugs.slice(0, DEFAULT_UNPAGED_LIMIT)).toEqual(unpaged.items.map((item) => item.slug));
    // Stable: walking again gives the same order.
    expect((await walk('', 100)).items.map((item) => item.slug)).toEqual(slugs);
  });

  it.each([
    ['category', 'category=perizinan', (item: CatalogueEntry) => item.category.slug === 'perizinan'],
    ['OPD', 'opd=dpmptsp-kab-sleman', (item: CatalogueEntry) => item.opd.slug === 'dpmptsp-kab-sleman'],
    ['kind', 'kind=form', (item: CatalogueEntry) => item.kind === 'form'],
    ['two filters', 'category=perizinan&kind=link', (item: CatalogueEntry) => item.category.slug === 'perizinan' && item.kind === 'link'],
  ])('walks a catalogue filtered by %s without duplicates or gaps', async (_label, filters, matches) => {
    const walked = await walk(filters, 7);
    const slugs = walked.items.map((item) => item.slug);
    expect(walked.total).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(walked.total);
    expect(walked.items.every(matches)).toBe(true);
    expectCatalogueOrder(walked.items);
    expect((await walk(filters, 100)).items.map((item) => item.slug)).toEqual(slugs);
  });

  it('walks search results best first, every match once, with a stable order', async () => {
    const walked = await walk('q=izin', 23);
    expect(walked.pages).toBeGreaterThan(3);
    const slugs = walked.items.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(walked.total);
    // Names first: every "Izin …" service comes before the services that only mention izin elsewhere.
    const named = walked.items.map((item) => /\bizin\b/i.test(item.name.id));
    expect(named.indexOf(false)).toBeGreaterThan(-1);
    expect(named.slice(named.indexOf(false)).includes(true)).toBe(false);
    expect((await walk('q=izin', 100)).items.map((item) => item.slug)).toEqual(slugs);
  });

  it('answers an empty page, with the total, when the services after the cursor went away', async () => {
    const all = await page('q=reklame%20kota&limit=100');
    expect(all.total).toBeGreaterThan(2);
    expect(all.nextCursor).toBeNull();
    const allButLast = await page(`q=reklame%20kota&limit=${all.total - 1}`);
    const last = all.items.at(-1)?.slug ?? '';
    await database.db.update(services).set({ enabled: false }).where(eq(services.slug, last));
    cache.invalidate();
    try {
      const end = await page(`q=reklame%20kota&limit=1&cursor=${allButLast.nextCursor}`);
      expect(end).toEqual({ items: [], total: all.total - 1, nextCursor: null });
    } finally {
      await database.db.update(services).set({ enabled: true }).where(eq(services.slug, last));
      cache.invalidate();
    }
  });

  it.each([
    ['0', 'limit=0'],
    ['101', 'limit=101'],
    ['negative', 'limit=-1'],
    ['not a number', 'limit=abc'],
    ['a fraction', 'limit=1.5'],
    ['empty', 'limit='],
    ['huge', 'limit=1e309'],
  ])('refuses a limit that is %s with 400 invalid_input', async (_label, query) => {
    await expectInvalid(`/api/v1/catalogue?${query}`, /limit/);
  });

  it.each([
    ['garbage', () => 'garbage!'],
    ['base64url of nonsense', () => Buffer.from('not json').toString('base64url')],
    ['base64url of JSON of another shape', () => Buffer.from('{"a":1}').toString('base64url')],
    ['10 kB', () => 'A'.repeat(10_000)],
  ])('refuses a cursor that is %s with 400 invalid_input', async (_label, cursor) => {
    await expectInvalid(`/api/v1/catalogue?cursor=${encodeURIComponent(cursor())}`, /cursor/);
  });

  it('refuses a cursor of another query: other words, other filters, browse for search', async () => {
    const search = await page('q=izin&limit=2');
    const browse = await page('limit=2');
    await expectInvalid(`/api/v1/catalogue?q=pajak&cursor=${search.nextCursor}`, /cursor/);
    await expectInvalid(`/api/v1/catalogue?q=izin&kind=form&cursor=${search.nextCursor}`, /cursor/);
    await expectInvalid(`/api/v1/catalogue?q=izin&cursor=${browse.nextCursor}`, /cursor/);
    await expectInvalid(`/api/v1/catalogue?category=darurat&cursor=${browse.nextCursor}`, /cursor/);
    // …but the same query with another page size is the same query.
    expect((await page(`q=izin&limit=5&cursor=${search.nextCursor}`)).items).toHaveLength(5);
  });

  async function expectInvalid(path: string, mentions: RegExp) {
    const response = await app.request(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(mentions);
  }
});
