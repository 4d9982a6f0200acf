/** `palapa status`: the service's versions, their review status and which one citizens get. */
import { resolve } from 'node:path';
import { loadCredentials } from '../config';
import { kib } from '../build/mount-size';
import { readSourceManifest } from '../plugin-folder';
import { registryRequest } from '../registry-client';
import { formatTable } from '../table';
import { statusWords, type VersionSummary } from '../version-summary';
import { assertSlug } from './create';

export interface StatusOptions {
  dir?: string;
  slug?: string;
}

/** The versions table, newest first as the registry sends them. */
export function versionsTable(items: VersionSummary[]): string {
  const rows = items.map((item) => [
    item.version,
    statusWords(item.status),
    item.active ? 'AKTIF / ACTIVE' : '',
    kib(item.sizeBytes),
    item.createdAt.slice(0, 16).replace('T', ' '),
  ]);
  return formatTable(['versi / version', 'status', 'aktif / active', 'KiB', 'diterbitkan / published (UTC)'], rows, [3]);
}

export async function statusCommand(options: StatusOptions): Promise<void> {
  const slug = options.slug ?? (await readSourceManifest(resolve(options.dir ?? process.cwd()))).slug;
  assertSlug(slug);
  const credentials = await loadCredentials();
  const { items } = await registryRequest<{ items: VersionSummary[] }>(credentials, `/services/${slug}/versions`);
  if (items.length === 0) {
    console.log(`Layanan ${slug} belum punya versi; jalankan palapa publish. / ${slug} has no versions yet; run palapa publish.`);
    return;
  }
  console.log(`Layanan / service ${slug}`);
  console.log(versionsTable(items));
  if (!items.some((item) => item.active)) console.log('Belum ada versi aktif. / No version is active yet.');
}
