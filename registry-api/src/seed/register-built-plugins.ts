import { parseManifest } from '@palapa/sdk';
import { and, eq } from 'drizzle-orm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/client';
import { pluginVersions, services } from '../db/schema';
import type { BundleStore } from '../domain/bundles/bundle-store';
import { publishVersion, sriHash } from '../domain/bundles/publish-version';
import { readBundleDirectory } from '../domain/bundles/read-directory';

export interface RegisteredPlugin {
  slug: string;
  version: string;
  /** `not-module`: a database seeded before the service became a module keeps it as it was. */
  outcome: 'published' | 'unchanged' | 'stale' | 'not-module';
}

/**
 * The demo city's own plugins (plugins/<name>/dist, built by `npm start`) are published,
 * approved and activated on start, as an admin would after review. A version already stored is
 * left alone: versions are immutable, so a rebuilt plugin with changed files must bump its version.
 */
export async function registerBuiltPlugins(
  db: Database,
  store: BundleStore,
  pluginsDir: string,
): Promise<RegisteredPlugin[]> {
  const results: RegisteredPlugin[] = [];
  for (const name of readdirSync(pluginsDir).sort()) {
    const dist = join(pluginsDir, name, 'dist');
    const manifestPath = join(dist, 'palapa.json');
    if (!existsSync(manifestPath)) continue;
    const parsed = parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.ok) throw new Error(`${manifestPath}: ${parsed.problems.join('; ')}`);
    const { slug, version, entry } = parsed.manifest;
    const [service] = await db.select().from(services).where(eq(services.slug, slug));
    if (!service) continue;
    if (service.kind !== 'module') {
      results.push({ slug, version, outcome: 'not-module' });
      continue;
    }
    const [existing] = await db
      .select()
      .from(pluginVersions)
      .where(and(eq(pluginVersions.serviceId, service.id), eq(pluginVersions.version, version)));
    if (existing) {
      const builtIntegrity = sriHash(readFileSync(join(dist, entry)));
      results.push({ slug, version, outcome: existing.integrity === builtIntegrity ? 'unchanged' : 'stale' });
      continue;
    }
    const files = await readBundleDirectory(dist);
    await publishVersion(db, store, { slug, manifest: parsed.manifest, files, status: 'approved', activate: true });
    results.push({ slug, version, outcome: 'published' });
  }
  return results;
}
