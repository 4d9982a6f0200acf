import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { pluginVersionFiles, pluginVersions, services } from '../../db/schema';
import type { BundleStore } from './bundle-store';

export interface BundleFile {
  content: Uint8Array;
  contentType: string;
  sha256: string;
}

/**
 * Finds one file of an approved version, or null. Pending and rejected versions are not served:
 * code an admin has not approved (or has refused) must not run in any browser, even by direct URL.
 */
export async function readBundleFile(
  db: Database,
  store: BundleStore,
  address: { slug: string; version: string; path: string },
): Promise<BundleFile | null> {
  const [row] = await db
    .select({ sha256: pluginVersionFiles.sha256, contentType: pluginVersionFiles.contentType })
    .from(pluginVersionFiles)
    .innerJoin(pluginVersions, eq(pluginVersions.id, pluginVersionFiles.versionId))
    .innerJoin(services, eq(services.id, pluginVersions.serviceId))
    .where(
      and(
        eq(services.slug, address.slug),
        eq(pluginVersions.version, address.version),
        eq(pluginVersions.status, 'approved'),
        eq(pluginVersionFiles.path, address.path),
      ),
    )
    .limit(1);
  if (!row) return null;
  const content = await store.get(row.sha256);
  return content ? { content, contentType: row.contentType, sha256: row.sha256 } : null;
}
