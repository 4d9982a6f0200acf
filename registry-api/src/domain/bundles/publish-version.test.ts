import { catalogueListSchema } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../../app';
import type { Database } from '../../db/client';
import { bundleBlobs, pluginVersionFiles, pluginVersions, services } from '../../db/schema';
import { fakeEntry, fakeManifest, fakePluginFiles, insertService } from '../../test-support/fake-plugin';
import { createTestDatabase, testDrivers, type TestDatabase } from '../../test-support/test-database';
import { CatalogueCache } from '../catalogue/catalogue-cache';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { DatabaseBundleStore, sha256Hex, type BundleStore } from './bundle-store';
import { publishVersion, type PublishVersionInput } from './publish-version';

describe.each(testDrivers())('publishVersion (%s)', (driver) => {
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

  const publish = (input: Omit<PublishVersionInput, 'manifest' | 'files'> & Partial<PublishVersionInput>, version = '1.0.0') =>
    publishVersion(database.db, store, {
      manifest: fakeManifest(input.slug, version),
      files: fakePluginFiles(input.slug, version),
      ...input,
    });

  async function counts() {
    const db = database.db;
    return {
      versions: await db.$count(pluginVersions),
      files: await db.$count(pluginVersionFiles),
      blobs: await db.$count(bundleBlobs),
    };
  }

  async function catalogueEntries(slug: string) {
    cache.invalidate();
    const list = catalogueListSchema.parse(await (await app.request('/api/v1/catalogue')).json());
    return list.items.filter((item) => item.slug === slug);
  }

  it('stores a version with its files and returns its entry URL and integrity', async () => {
    const slug = await insertService(database.db);
    const published = await publish({ slug, status: 'approved', activate: true });
    expect(published).toMatchObject({ version: '1.0.0', status: 'approved', entryUrl: `/bundles/${slug}/1.0.0/remoteEntry.js` });
    const files = await database.db.select().from(pluginVersionFiles).where(eq(pluginVersionFiles.versionId, published.id));
    expect(files.map((file) => file.path).sort()).toEqual(['assets/x.js', 'remoteEntry.js']);
    expect(files.every((file) => file.contentType.startsWith('text/javascript'))).toBe(true);
  });

  it('leaves the catalogue on the active version while a newer one is pending', async () => {
    const slug = await insertService(database.db);
    await publish({ slug }, '0.9.0');
    await publish({ slug, status: 'approved' }, '0.9.1');
    const none = await catalogueEntries(slug);
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ version: null });
    expect(none[0]?.entry).toBeUndefined();

    await publish({ slug, status: 'approved', activate: true });
    const [active] = await catalogueEntries(slug);
    expect(active?.version).toBe('1.0.0');
    await publish({ slug }, '1.1.0');
    const after = await catalogueEntries(slug);
    expect(after).toHaveLength(1);
    expect(after[0]?.version).toBe('1.0.0');
    expect(after[0]?.entry).toEqual(active?.entry);
  });

  it('takes an active version out of the catalogue once it is no longer approved', async () => {
    const slug = await insertService(database.db);
    const published = await publish({ slug, status: 'approved', activate: true });
    expect((await catalogueEntries(slug))[0]?.entry?.url).toBe(published.entryUrl);
    await database.db.update(pluginVersions).set({ status: 'rejected' }).where(eq(pluginVersions.id, published.id));
    const [entry] = await catalogueEntries(slug);
    expect(entry?.version).toBeNull();
    expect(entry?.entry).toBeUndefined();
  });

  it('refuses to activate a version that is not approved, storing nothing', async () => {
    const slug = await insertService(database.db);
    const before = await counts();
    await expect(publish({ slug, status: 'pending', activate: true })).rejects.toBeInstanceOf(InputError);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same version twice with a conflict, storing nothing new', async () => {
    const slug = await insertService(database.db);
    await publish({ slug, status: 'approved', activate: true });
    const before = await counts();
    const files = fakePluginFiles(slug, '1.0.0', 'console.log("changed");');
    const again = publish({ slug, files, status: 'approved', activate: true });
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({ code: 'conflict' });
    expect(await counts()).toEqual(before);
  });

  it('lets one of two racing uploads of a version win; the other gets the same conflict', async () => {
    const slug = await insertService(database.db);
    const uploads = await Promise.allSettled([publish({ slug }), publish({ slug }), publish({ slug })]);
    expect(uploads.filter((upload) => upload.status === 'fulfilled')).toHaveLength(1);
    for (const upload of uploads) {
      if (upload.status === 'rejected') expect(upload.reason).toBeInstanceOf(ConflictError);
    }
  });

  it.each([
    ['does not name its container', (slug: string) => new TextEncoder().encode(`export{a as get,b as init}; // ${slug}`)],
    ['names another container', () => fakeEntry('lain', '1.0.0')],
    ['does not export get and init', (slug: string) => new TextEncoder().encode(`const n=\`palapa_${slug.replaceAll('-', '_')}\`;`)],
  ])('refuses an entry that %s, storing nothing', async (_label, entry) => {
    const slug = await insertService(database.db);
    const before = await counts();
    const files = new Map([...fakePluginFiles(slug, '1.0.0'), ['remoteEntry.js', entry(slug)]]);
    const attempt = publish({ slug, files, status: 'approved', activate: true });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('remoteEntry.js') });
    expect(await counts()).toEqual(before);
  });

  it('refuses a manifest with the wrong remote, listing the problem', async () => {
    const slug = await insertService(database.db);
    const before = await counts();
    const manifest = fakeManifest(slug, '1.0.0', { remote: 'palapa_lain' });
    const attempt = publish({ slug, manifest });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    const problem = `remote: remote must be "palapa_${slug.replaceAll('-', '_')}" for slug "${slug}"`;
    await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining(problem), details: [problem] });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a manifest for another slug', (slug: string) => ({ manifest: fakeManifest('lain', '1.0.0'), slug })],
    ['a bundle without its entry file', (slug: string) => ({ slug, files: new Map([['assets/x.js', new Uint8Array([1])]]) })],
    ['a version that is not semver', (slug: string) => ({ slug, manifest: fakeManifest(slug, 'latest') })],
  ])('refuses %s', async (_label, input) => {
    const slug = await insertService(database.db);
    const before = await counts();
    await expect(publish(input(slug))).rejects.toBeInstanceOf(InputError);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown service and a service that is not a module', async () => {
    await expect(publish({ slug: 'tidak-ada' })).rejects.toBeInstanceOf(NotFoundError);
    const link = await insertService(database.db, 'link');
    await expect(publish({ slug: link })).rejects.toBeInstanceOf(InputError);
  });

  it('stores identical files of two versions once (content-addressed)', async () => {
    const slug = await insertService(database.db);
    const asset = `console.log("shared ${slug}");`;
    const sha256 = sha256Hex(new TextEncoder().encode(asset));
    await publish({ slug, files: fakePluginFiles(slug, '1.0.0', asset) });
    const before = await counts();
    await publish({ slug, files: fakePluginFiles(slug, '1.1.0', asset) }, '1.1.0');
    const after = await counts();
    expect(after.files - before.files).toBe(2);
    expect(after.blobs - before.blobs).toBe(1); // the new entry only
    expect(await database.db.$count(bundleBlobs, eq(bundleBlobs.sha256, sha256))).toBe(1);
    expect(await database.db.$count(pluginVersionFiles, eq(pluginVersionFiles.sha256, sha256))).toBe(2);
  });

  it('stores nothing and keeps the active version when storing a file fails midway', async () => {
    const slug = await insertService(database.db);
    await publish({ slug, status: 'approved', activate: true });
    const [service] = await database.db.select().from(services).where(eq(services.slug, slug));
    const before = await counts();
    let puts = 0;
    const failing: BundleStore = {
      put: async (db: Database, content: Uint8Array) => {
        if (++puts === 2) throw new Error('disk full');
        return store.put(db, content);
      },
      get: (sha256) => store.get(sha256),
    };
    const files = fakePluginFiles(slug, '2.0.0', `console.log("new ${slug}");`);
    const attempt = publishVersion(database.db, failing, {
      slug, manifest: fakeManifest(slug, '2.0.0'), files, status: 'approved', activate: true,
    });
    await expect(attempt).rejects.toThrow('disk full');
    expect(await counts()).toEqual(before);
    const [unchanged] = await database.db.select().from(services).where(eq(services.slug, slug));
    expect(unchanged?.activeVersionId).toBe(service?.activeVersionId);
    expect((await catalogueEntries(slug))[0]?.version).toBe('1.0.0');
  });
});
