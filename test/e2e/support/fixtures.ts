import { publishVersion, readBundleDirectory, schema, type Database, type BundleStore } from '@palapa/registry-api';
import { remoteNameFor } from '@palapa/sdk';
import { and, eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/plugins/', import.meta.url));

const text = (id: string) => ({ id, en: id });
const list = (id: string) => ({ id: [id], en: [id] });

/** Adds a module service the way a publisher would, under Diskominfo in the "informasi" category. */
export async function insertModuleService(db: Database, slug: string, name: string): Promise<void> {
  const [opd] = await db.select().from(schema.opds).where(eq(schema.opds.slug, 'diskominfo'));
  if (!opd) throw new Error('the demo city must be seeded first');
  await db.insert(schema.services).values({
    slug,
    kind: 'module',
    opdId: opd.id,
    categorySlug: 'informasi',
    name: text(name),
    summary: text(`Layanan uji ${name}`),
    description: text(`Layanan uji ${name} untuk pengujian otomatis.`),
    keywords: ['uji'],
    requirements: list('Tidak ada'),
    procedure: list('Buka layanan'),
    processingTime: text('Segera'),
    fee: text('Gratis'),
    product: text('Uji'),
    complaintChannel: text('Call Center 112'),
    legalBasis: list('UU 25/2009'),
  });
}

/** Publishes a built fixture plugin (test/fixtures/plugins/<slug>/dist), approved and active. */
export async function publishFixturePlugin(db: Database, store: BundleStore, slug: string): Promise<void> {
  await insertModuleService(db, slug, `Uji ${slug}`);
  const dir = `${FIXTURES_DIR}${slug}/dist`;
  const files = await readBundleDirectory(dir);
  const manifest = JSON.parse(new TextDecoder().decode(files.get('palapa.json')));
  await publishVersion(db, store, { slug, manifest, files, status: 'approved', activate: true });
}

/** A module service whose active version points at an entry that is not there (the registry answers 404). */
export async function insertMissingEntryPlugin(db: Database, slug: string): Promise<void> {
  await insertModuleService(db, slug, `Uji ${slug}`);
  const [service] = await db.select().from(schema.services).where(eq(schema.services.slug, slug));
  if (!service) throw new Error('insert failed');
  const [version] = await db
    .insert(schema.pluginVersions)
    .values({
      serviceId: service.id,
      version: '1.0.0',
      manifest: { spec: 1, slug, version: '1.0.0', name: text(slug), remote: remoteNameFor(slug), entry: 'remoteEntry.js', exposes: './plugin', permissions: [] },
      entryUrl: `/bundles/${slug}/1.0.0/remoteEntry.js`,
      integrity: 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      status: 'approved',
    })
    .returning();
  await db.update(schema.services).set({ activeVersionId: version?.id }).where(eq(schema.services.id, service.id));
}

/**
 * Publishes a good fixture plugin, then alters the bytes the registry serves for its entry, as a
 * compromised storage or CDN would. The catalogue keeps the approved SRI hash.
 */
export async function publishTamperedPlugin(db: Database, store: BundleStore, slug: string): Promise<void> {
  await publishFixturePlugin(db, store, slug);
  const [file] = await db
    .select({ sha256: schema.pluginVersionFiles.sha256 })
    .from(schema.pluginVersionFiles)
    .innerJoin(schema.pluginVersions, eq(schema.pluginVersions.id, schema.pluginVersionFiles.versionId))
    .innerJoin(schema.services, eq(schema.services.id, schema.pluginVersions.serviceId))
    .where(and(eq(schema.services.slug, slug), eq(schema.pluginVersionFiles.path, 'remoteEntry.js')));
  if (!file) throw new Error(`no entry stored for ${slug}`);
  const [blob] = await db.select().from(schema.bundleBlobs).where(eq(schema.bundleBlobs.sha256, file.sha256));
  if (!blob) throw new Error('blob missing');
  const tampered = new TextEncoder().encode(`${new TextDecoder().decode(blob.content)}\n;console.log('tampered');\n`);
  await db.update(schema.bundleBlobs).set({ content: tampered }).where(eq(schema.bundleBlobs.sha256, file.sha256));
}
