import { apiErrorSchema, catalogueListSchema, type CatalogueList } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { opds, services } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { demoServices } from '../seed/demo-city';
import { generateNation } from '../seed/generate-nation';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('GET /api/v1/catalogue?q= (%s)', (driver) => {
  let database: TestDatabase;
  let cache: CatalogueCache;
  let app: PalapaApp;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    // Four services in each of 150 regions: izin usaha mikro, PBG, izin reklame, izin praktik dokter.
    await generateNation(database.db, { services: 600 });
    const [opd] = await database.db.select({ id: opds.id }).from(opds).where(eq(opds.slug, 'diskominfo'));
    await database.db.insert(services).values({
      ...accentedService,
      opdId: opd?.id ?? '',
    });
    cache = new CatalogueCache();
    app = createApp({ db: database.db, cache });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  async function search(query: string, extra = ''): Promise<CatalogueList> {
    const response = await app.request(`/api/v1/catalogue?q=${encodeURIComponent(query)}${extra}`);
    expect(response.status).toBe(200);
    return catalogueListSchema.parse(await response.json());
  }

  const slugs = (list: CatalogueList) => list.items.map((item) => item.slug);

  it.each([
    ['an Indonesian name', 'posyandu', 'jadwal-posyandu'],
    ['an English name', 'birth certificate', 'akta-kelahiran'],
    ['a keyword', 'stunting', 'gayatri'],
    ['an English keyword', 'property tax', 'cek-pbb'],
    ['a summary word', 'tunggakan', 'cek-pbb'],
    ['a description word', 'persalinan', 'psc-119'],
    ['words in any case and spacing', '  SURAT   keterangan   AHLI waris ', 'surat-keterangan-ahli-waris'],
  ])('finds a service by %s (%s)', async (_label, query, slug) => {
    expect(slugs(await search(query))).toContain(slug);
  });

  it.each([
    ['ambulan', ['psc-119', 'darurat']],
    ['ambulanse', ['psc-119', 'darurat']],
    ['pjak', ['cek-pbb']],
    ['kesehtan', ['gayatri', 'surat-keterangan-tidak-mampu']],
    ['polisi', ['darurat']],
    ['posyando', ['jadwal-posyandu']],
    ['birth certficate', ['akta-kelahiran']],
    ['izn usaha mikro', ['izin-usaha-mikro-kab-sleman']],
  ])('tolerates the typo or partial word %j', async (query, expected) => {
    const found = slugs(await search(query, '&limit=100'));
    for (const slug of expected) expect(found).toContain(slug);
  });

  it('searches as the user types: the last word matches as a prefix', async () => {
    expect(slugs(await search('jadwal posy'))[0]).toBe('jadwal-posyandu');
    expect(slugs(await search('wif'))).toContain('wifi-gratis');
  });

  it('ignores accents, in the query and in the catalogue', async () => {
    expect(slugs(await search('cafe literasi'))).toEqual([accentedService.slug]);
    expect(slugs(await search('Café Literasí'))).toEqual([accentedService.slug]);
    expect(slugs(await search('pósyandu'))).toContain('jadwal-posyandu');
  });

  it('ranks the best match first: a name before a keyword, the closest service before its neighbours', async () => {
    expect(slugs(await search('posyandu'))[0]).toBe('jadwal-posyandu');
    expect(slugs(await search('pbb'))[0]).toBe('cek-pbb');
    expect(slugs(await search('surat keterangan tidak mampu'))[0]).toBe('surat-keterangan-tidak-mampu');
    expect(slugs(await search('izin usaha mikro sleman'))[0]).toBe('izin-usaha-mikro-kab-sleman');
  });

  it('needs every word: two unrelated words find nothing', async () => {
    const body = await search('pajak wifi');
    expect(body).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it.each([
    ['kind', 'ambulans', '&kind=link', ['psc-119']],
    ['opd', 'surat keterangan', '&opd=kec-magersari', ['surat-keterangan-domisili']],
    ['category', 'ambulans', '&category=darurat&kind=module', ['darurat']],
  ])('combines q with the %s filter', async (_label, query, filters, expected) => {
    const body = await search(query, filters);
    expect(slugs(body).sort()).toEqual(expected);
    expect(body.total).toBe(expected.length);
  });

  it('counts every match in total, not only the page', async () => {
    const body = await search('izin usaha mikro', '&limit=5');
    expect(body.items).toHaveLength(5);
    expect(body.total).toBe(150);
    expect(body.nextCursor).not.toBeNull();
  });

  it('browses, not searches, when q is blank', async () => {
    const browse = catalogueListSchema.parse(await (await app.request('/api/v1/catalogue?limit=10')).json());
    expect(await search('   ', '&limit=10')).toEqual(browse);
  });

  it('serves a normalised query from one cache entry: same ETag for Pajak and "  pajak "', async () => {
    const first = await app.request('/api/v1/catalogue?q=Pajak');
    const second = await app.request(`/api/v1/catalogue?q=${encodeURIComponent('  pajak ')}`);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('follows changes: a disabled service leaves the results, a renamed one is found by its new words', async () => {
    expect(slugs(await search('wifi'))).toContain('wifi-gratis');
    await database.db.update(services).set({ enabled: false }).where(eq(services.slug, 'wifi-gratis'));
    cache.invalidate();
    expect(slugs(await search('wifi'))).not.toContain('wifi-gratis');
    await database.db
      .update(services)
      .set({ enabled: true, name: { id: 'Titik Wifi Zamrud', en: 'Emerald Wifi' } })
      .where(eq(services.slug, 'wifi-gratis'));
    cache.invalidate();
    expect(slugs(await search('zamrud'))).toEqual(['wifi-gratis']);
    expect(slugs(await search('zamrut'))).toEqual(['wifi-gratis']);
    const original = demoServices.find((service) => service.slug === 'wifi-gratis');
    await database.db.update(services).set({ name: original?.name }).where(eq(services.slug, 'wifi-gratis'));
    cache.invalidate();
    expect((await search('zamrud')).total).toBe(0);
  });

  it.each([
    ['SQL', "'; drop table services; --"],
    ['SQL comments and quotes', `" OR 1=1 /* ' */ --`],
    ['LIKE wildcards and backslashes', '%_\\'],
    ['tsquery syntax', "pajak & !wifi | (a <-> b):* 'x'"],
    ['a NUL character', 'pajak\u0000wifi'],
    ['emoji only', '😀👍🏽'],
    ['combining marks only', '\u0301\u0301\u0301'],
    ['right-to-left script', 'ضريبة العقار'],
    ['CJK', '日本語のテスト'],
    ['zero-width characters', 'pa\u200bjak'],
    ['one 200-letter word', 'ü'.repeat(200)],
    ['fifty short words', Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')],
    ['one letter', 'a'],
  ])('answers a hostile q (%s) with 200 and JSON, never 500', async (_label, query) => {
    const response = await app.request(`/api/v1/catalogue?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    expect(catalogueListSchema.parse(await response.json()).total).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['10 kB', 'x'.repeat(10_000)],
    ['201 characters', 'a '.repeat(100) + 'b'],
  ])('refuses a q of %s with 400 invalid_input', async (_label, query) => {
    const response = await app.request(`/api/v1/catalogue?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('invalid_input');
  });

  it('survives malformed percent-encoding', async () => {
    const response = await app.request('/api/v1/catalogue?q=%ED%A0%80%E0%A4%A');
    expect([200, 400]).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

const text = (id: string, en: string) => ({ id, en });
const accentedService = {
  slug: 'pojok-baca-cafe',
  kind: 'link' as const,
  categorySlug: 'informasi',
  name: text('Pojok Baca Café Literasí', 'Literacy Café Reading Corner'),
  summary: text('Buku gratis di kafe kota.', 'Free books in city cafés.'),
  description: text('Pojok baca di kafe-kafe kota.', 'Reading corners in city cafés.'),
  keywords: ['buku', 'books'],
  linkUrl: 'https://perpustakaan.example.go.id/',
  requirements: { id: ['Tidak ada'], en: ['None'] },
  procedure: { id: ['Datang'], en: ['Come by'] },
  processingTime: text('Langsung', 'Immediate'),
  fee: text('Gratis', 'Free'),
  product: text('Bacaan', 'Reading'),
  complaintChannel: text('Diskominfo', 'Diskominfo'),
  legalBasis: { id: ['UU 25/2009'], en: ['Law 25/2009'] },
};
