// The built-plugin step of the demo seed meets a database seeded by an older release, where a
// service that is now a module (cek-pbb) is still a link: it must skip it, not stop the start.
import { eq } from 'drizzle-orm';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginVersions, services } from '../db/schema';
import { DatabaseBundleStore } from '../domain/bundles/bundle-store';
import { fakeManifest, fakePluginFiles } from '../test-support/fake-plugin';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { registerBuiltPlugins } from './register-built-plugins';
import { seedDemoCity } from './seed-demo-city';

function writeBuiltPlugin(pluginsDir: string, slug: string) {
  const dist = join(pluginsDir, slug, 'dist');
  for (const [path, content] of fakePluginFiles(slug, '1.0.0')) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  writeFileSync(join(dist, 'palapa.json'), JSON.stringify(fakeManifest(slug, '1.0.0')));
}

describe.each(testDrivers())('registerBuiltPlugins (%s)', (driver) => {
  let database: TestDatabase;
  let pluginsDir: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    pluginsDir = mkdtempSync(join(tmpdir(), 'palapa-built-'));
    writeBuiltPlugin(pluginsDir, 'cek-pbb');
  });
  afterAll(async () => {
    await database?.dispose();
    rmSync(pluginsDir, { recursive: true, force: true });
  });

  it('publishes and activates a built plugin of a module service', async () => {
    const store = new DatabaseBundleStore(database.db);
    expect(await registerBuiltPlugins(database.db, store, pluginsDir)).toEqual([{ slug: 'cek-pbb', version: '1.0.0', outcome: 'published' }]);
    expect(await registerBuiltPlugins(database.db, store, pluginsDir)).toEqual([{ slug: 'cek-pbb', version: '1.0.0', outcome: 'unchanged' }]);
  });

  it('skips, without failing, a plugin whose service is not a module in this database', async () => {
    await database.db.update(services).set({ kind: 'link', linkUrl: 'https://pbb.mojokertokota.go.id', activeVersionId: null }).where(eq(services.slug, 'cek-pbb'));
    await database.db.delete(pluginVersions);
    const store = new DatabaseBundleStore(database.db);
    expect(await registerBuiltPlugins(database.db, store, pluginsDir)).toEqual([{ slug: 'cek-pbb', version: '1.0.0', outcome: 'not-module' }]);
    expect(await database.db.$count(pluginVersions)).toBe(0);
  });
});
