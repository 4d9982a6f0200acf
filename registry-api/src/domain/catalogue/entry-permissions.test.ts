import { catalogueListSchema, serviceDetailSchema } from '@palapa/sdk';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginVersions } from '../../db/schema';
import { fakeManifest, fakePluginFiles, insertService } from '../../test-support/fake-plugin';
import { createTestDatabase, testDrivers, type TestDatabase } from '../../test-support/test-database';
import { DatabaseBundleStore } from '../bundles/bundle-store';
import { publishVersion } from '../bundles/publish-version';
import { getPublishedService, listCatalogue, planCatalogueQuery } from './list-catalogue';

/**
 * The catalogue tells the shell what each active version's manifest asks for, so the shell hands
 * the signed-in citizen only to a plugin whose approved version asks for `user.profile`.
 */
describe.each(testDrivers())('catalogue entry permissions (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  async function publishedModule(permissions: string[]): Promise<string> {
    const slug = await insertService(database.db);
    const store = new DatabaseBundleStore(database.db);
    const manifest = fakeManifest(slug, '1.0.0', { permissions });
    await publishVersion(database.db, store, { slug, manifest, files: fakePluginFiles(slug, '1.0.0'), status: 'approved', activate: true });
    return slug;
  }

  /** The service's entry in a page of the list, filtered to its own OPD (insertService gives each service one). */
  async function listed(slug: string) {
    const list = await listCatalogue(database.db, planCatalogueQuery({ opd: slug.replace(/^modul-/, 'opd-'), limit: 10 }));
    return catalogueListSchema.parse(list).items.find((item) => item.slug === slug);
  }

  it('lists the approved version’s permissions in the entry, in the whole list, a page and the detail', async () => {
    const slug = await publishedModule(['user.profile']);
    const unpaged = await listCatalogue(database.db, planCatalogueQuery({}));
    expect(unpaged.items.find((item) => item.slug === slug)?.entry?.permissions).toEqual(['user.profile']);
    expect((await listed(slug))?.entry?.permissions).toEqual(['user.profile']);
    const detail = serviceDetailSchema.parse(await getPublishedService(database.db, slug));
    expect(detail.entry?.permissions).toEqual(['user.profile']);
  });

  it('lists none for a version that asks for none', async () => {
    const slug = await publishedModule([]);
    expect((await listed(slug))?.entry?.permissions).toEqual([]);
    expect((await getPublishedService(database.db, slug)).entry?.permissions).toEqual([]);
  });

  it('passes on only permissions the SDK knows, each once, whatever the stored manifest holds', async () => {
    const slug = await publishedModule(['user.profile']);
    // A row written around publishVersion (an old import, a hand edit): the catalogue does not trust it.
    await database.db
      .update(pluginVersions)
      .set({ manifest: sql`jsonb_set(${pluginVersions.manifest}, '{permissions}', '["user.profile","user.nik","user.profile",7]')` })
      .where(eq(pluginVersions.entryUrl, `/bundles/${slug}/1.0.0/remoteEntry.js`));
    expect((await listed(slug))?.entry?.permissions).toEqual(['user.profile']);
    await database.db
      .update(pluginVersions)
      .set({ manifest: sql`${pluginVersions.manifest} - 'permissions'` })
      .where(eq(pluginVersions.entryUrl, `/bundles/${slug}/1.0.0/remoteEntry.js`));
    expect((await listed(slug))?.entry?.permissions).toEqual([]);
  });
});
