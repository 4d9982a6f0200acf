import { apiErrorSchema, catalogueEntrySchema, catalogueListSchema, serviceDetailSchema } from '@palapa/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { DatabaseBundleStore } from '../domain/bundles/bundle-store';
import { publishVersion, sriHash } from '../domain/bundles/publish-version';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { seedDemoCity } from '../seed/seed-demo-city';
import { fakeManifest, fakePluginFiles, insertService } from '../test-support/fake-plugin';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('module services and /bundles (%s)', (driver) => {
  let database: TestDatabase;
  let store: DatabaseBundleStore;
  let cache: CatalogueCache;
  let app: PalapaApp;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    store = new DatabaseBundleStore(database.db);
    cache = new CatalogueCache();
    app = createApp({ db: database.db, store, cache });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  /** Publishes, approves and activates a fake plugin, as an admin would after review. */
  async function publishActive(slug: string, version: string) {
    const files = fakePluginFiles(slug, version);
    await publishVersion(database.db, store, {
      slug,
      manifest: fakeManifest(slug, version),
      files,
      status: 'approved',
      activate: true,
    });
    cache.invalidate();
    return files;
  }

  async function expectNotFound(path: string) {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  }

  it('puts the active version of the seeded darurat plugin in the catalogue, with its SRI hash', async () => {
    await seedDemoCity(database.db);
    const files = await publishActive('darurat', '1.0.0');
    const entryBytes = files.get('remoteEntry.js') ?? new Uint8Array();
    const expected = { url: '/bundles/darurat/1.0.0/remoteEntry.js', integrity: sriHash(entryBytes), remote: 'palapa_darurat', permissions: [] };
    expect(expected.integrity).toMatch(/^sha384-[A-Za-z0-9+/]+=*$/);

    const list = catalogueListSchema.parse(await (await app.request('/api/v1/catalogue')).json());
    const darurat = catalogueEntrySchema.parse(list.items.find((item) => item.slug === 'darurat'));
    expect(darurat.version).toBe('1.0.0');
    expect(darurat.entry).toEqual(expected);
    const seededWithEntry = list.items.filter((item) => item.entry !== undefined && !item.slug.startsWith('modul-'));
    expect(seededWithEntry.map((item) => item.slug)).toEqual(['darurat']);

    const detail = serviceDetailSchema.parse(await (await app.request('/api/v1/catalogue/darurat')).json());
    expect(detail.entry).toEqual(expected);
  });

  it('serves the exact bytes of each file, immutable and open to other origins', async () => {
    const slug = await insertService(database.db);
    const files = await publishActive(slug, '2.0.0');
    for (const [path, bytes] of files) {
      const response = await app.request(`/bundles/${slug}/2.0.0/${path}`);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript\b/);
      expect(response.headers.get('cache-control')).toMatch(/\bimmutable\b/);
      expect(response.headers.get('cache-control')).toMatch(/\bmax-age=31536000\b/);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
    }
  });

  it('serves the entry the catalogue points at, matching its integrity', async () => {
    const slug = await insertService(database.db);
    await publishActive(slug, '1.2.3');
    const list = catalogueListSchema.parse(await (await app.request('/api/v1/catalogue')).json());
    const entry = list.items.find((item) => item.slug === slug)?.entry;
    expect(entry?.url).toBe(`/bundles/${slug}/1.2.3/remoteEntry.js`);
    const served = new Uint8Array(await (await app.request(entry?.url ?? '')).arrayBuffer());
    expect(sriHash(served)).toBe(entry?.integrity);
  });

  it('answers 304 to If-None-Match with the file ETag, and 200 to another one', async () => {
    const slug = await insertService(database.db);
    await publishActive(slug, '1.0.0');
    const url = `/bundles/${slug}/1.0.0/remoteEntry.js`;
    const etag = (await app.request(url)).headers.get('etag') ?? '';
    const hit = await app.request(url, { headers: { 'If-None-Match': etag } });
    expect(hit.status).toBe(304);
    expect(await hit.text()).toBe('');
    expect(hit.headers.get('cache-control')).toMatch(/\bimmutable\b/);
    const assetEtag = (await app.request(`/bundles/${slug}/1.0.0/assets/x.js`)).headers.get('etag');
    expect(assetEtag).not.toBe(etag);
    expect((await app.request(url, { headers: { 'If-None-Match': assetEtag ?? '' } })).status).toBe(200);
  });

  it('answers 404 JSON for unknown files, versions and services', async () => {
    const slug = await insertService(database.db);
    await publishActive(slug, '1.0.0');
    await expectNotFound(`/bundles/${slug}/1.0.0/nope.js`);
    await expectNotFound(`/bundles/${slug}/1.0.0/assets`);
    await expectNotFound(`/bundles/${slug}/9.9.9/remoteEntry.js`);
    await expectNotFound(`/bundles/tidak-ada/1.0.0/remoteEntry.js`);
    await expectNotFound(`/bundles/${slug}/1.0.0/`);
  });

  it('serves only approved versions: pending and rejected code never reaches a browser', async () => {
    const slug = await insertService(database.db);
    for (const [version, status] of [['1.0.0', 'pending'], ['1.0.1', 'rejected']] as const) {
      await publishVersion(database.db, store, { slug, manifest: fakeManifest(slug, version), files: fakePluginFiles(slug, version), status });
      await expectNotFound(`/bundles/${slug}/${version}/remoteEntry.js`);
    }
    await publishVersion(database.db, store, { slug, manifest: fakeManifest(slug, '1.0.2'), files: fakePluginFiles(slug, '1.0.2'), status: 'approved' });
    expect((await app.request(`/bundles/${slug}/1.0.2/remoteEntry.js`)).status).toBe(200);
  });

  it.each([
    '/bundles/darurat/0.9.0/..%2F..%2Fpackage.json',
    '/bundles/darurat/0.9.0/..%2FremoteEntry.js',
    '/bundles/darurat/0.9.0/assets/..%2FremoteEntry.js',
    '/bundles/darurat/0.9.0/%2e%2e/%2e%2e/package.json',
    '/bundles/darurat/..%2F0.9.0/remoteEntry.js',
    '/bundles/..%2Fdarurat/0.9.0/remoteEntry.js',
    `/bundles/darurat/0.9.0/${'a/'.repeat(200)}x.js`,
  ])('refuses %s with 404', async (path) => {
    await seedDemoCity(database.db);
    const [slug, version] = ['darurat', '0.9.0'];
    if (!(await app.request(`/bundles/${slug}/${version}/remoteEntry.js`)).ok) await publishActive(slug, version);
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
