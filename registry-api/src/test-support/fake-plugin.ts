// Test fixtures for module services: a service of one's own to publish to, and a fake built plugin.
import { remoteNameFor, type ServiceKind } from '@palapa/sdk';
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client';
import { categories, opds, services } from '../db/schema';

const text = (id: string) => ({ id, en: id });
const list = (id: string) => ({ id: [id], en: [id] });

/** Inserts a fresh service, with its own OPD and category, and returns its unique slug. */
export async function insertService(db: Database, kind: ServiceKind = 'module'): Promise<string> {
  const suffix = randomBytes(4).toString('hex');
  const slug = `modul-${suffix}`;
  const [opd] = await db
    .insert(opds)
    .values({ slug: `opd-${suffix}`, name: `Dinas Uji ${suffix}`, shortName: 'Uji' })
    .returning({ id: opds.id });
  if (!opd) throw new Error('insert returned no OPD');
  await db.insert(categories).values({ slug: `kategori-${suffix}`, name: text('Kategori Uji'), position: 99 });
  await db.insert(services).values({
    slug,
    kind,
    opdId: opd.id,
    categorySlug: `kategori-${suffix}`,
    name: text(`Layanan ${suffix}`),
    summary: text('Ringkasan.'),
    description: text('Deskripsi.'),
    keywords: ['uji'],
    linkUrl: kind === 'link' ? 'https://example.org' : null,
    requirements: list('KTP'),
    procedure: list('Datang'),
    processingTime: text('1 hari'),
    fee: text('Gratis'),
    product: text('Surat'),
    complaintChannel: text('112'),
    legalBasis: list('UU 25/2009'),
  });
  return slug;
}

/** A valid `palapa.json` for `slug`@`version`; `overrides` replace fields to make it invalid. */
export function fakeManifest(slug: string, version: string, overrides: Record<string, unknown> = {}) {
  return {
    spec: 1,
    slug,
    version,
    name: text(`Layanan ${slug}`),
    remote: remoteNameFor(slug),
    entry: 'remoteEntry.js',
    ...overrides,
  };
}

/** A federation entry as the Vite preset builds it: names its container, exports get and init. */
export function fakeEntry(slug: string, version: string, remote = remoteNameFor(slug)): Uint8Array {
  return new TextEncoder().encode(
    `const a=()=>{},b=()=>{};const name=\`${remote}\`;// ${slug}@${version}\nexport{a as get,b as init};\n`,
  );
}

/** The files of a built plugin: its entry and one asset (identical across versions by default). */
export function fakePluginFiles(slug: string, version: string, asset = 'console.log("asset");'): Map<string, Uint8Array> {
  return new Map([
    ['remoteEntry.js', fakeEntry(slug, version)],
    ['assets/x.js', new TextEncoder().encode(asset)],
  ]);
}
