import { parseManifest, type PluginManifest } from '@palapa/sdk';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { pluginVersionFiles, pluginVersions, services, type VersionStatus } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { isUniqueViolation } from '../unique-violation';
import type { BundleStore } from './bundle-store';
import { contentTypeFor } from './content-type';

export interface PublishVersionInput {
  slug: string;
  manifest: unknown;
  /** The plugin's built folder: relative path → bytes. */
  files: ReadonlyMap<string, Uint8Array>;
  status?: VersionStatus;
  /**
   * For a plugin the OPD hosts itself: citizens load the entry from this URL (on an allow-listed
   * origin), checked against the hash of the copy in `files` that the registry fetched and keeps.
   */
  externalEntryUrl?: string;
  /** Make this version the service's active one (a rollout). Only approved versions can be. */
  activate?: boolean;
  /**
   * The caller, when a person publishes (the API): recorded as the publisher, with a
   * 'version.publish' audit row in the same transaction. The seed publishes without one.
   * Authorising the caller is the calling verb's job (domain/versions/upload-version.ts).
   */
  ctx?: DomainContext;
}

export interface PublishedVersion {
  id: string;
  version: string;
  entryUrl: string;
  integrity: string;
  status: VersionStatus;
  sizeBytes: number;
}

/** The URL every file of a version is served at: immutable, because versions are. */
export function bundleUrl(slug: string, version: string, path: string): string {
  return `/bundles/${slug}/${version}/${path}`;
}

/** The SRI hash the shell checks before it runs a file. */
export function sriHash(content: Uint8Array): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/**
 * Stores a new immutable version of a module service's plugin. Everything happens in one
 * transaction: a failure stores nothing.
 */
export async function publishVersion(
  db: Database,
  store: BundleStore,
  input: PublishVersionInput,
): Promise<PublishedVersion> {
  const parsed = parseManifest(input.manifest);
  if (!parsed.ok) throw new InputError(`The manifest is invalid: ${parsed.problems.join('; ')}`, parsed.problems);
  const manifest = parsed.manifest;
  if (manifest.slug !== input.slug) {
    throw new InputError(`The manifest is for "${manifest.slug}", not for the service "${input.slug}".`);
  }
  const entry = input.files.get(manifest.entry);
  if (!entry) throw new InputError(`The bundle has no entry file "${manifest.entry}"; build the plugin first.`);
  assertExportsContainer(entry, manifest);
  const status = input.status ?? 'pending';
  if (input.activate && status !== 'approved') throw new InputError('Only an approved version can be activated.');

  const sizeBytes = [...input.files.values()].reduce((total, content) => total + content.byteLength, 0);
  const ctx = input.ctx;
  const publishedBy = ctx?.actor.kind === 'user' ? ctx.actor.userId : null;

  return db.transaction(async (tx) => {
    const [service] = await tx.select().from(services).where(eq(services.slug, input.slug));
    if (!service) throw new NotFoundError(`No service "${input.slug}" exists; create it before publishing.`);
    if (service.kind !== 'module') throw new InputError(`"${input.slug}" is a ${service.kind} service, not a module.`);
    const [existing] = await tx
      .select({ id: pluginVersions.id })
      .from(pluginVersions)
      .where(and(eq(pluginVersions.serviceId, service.id), eq(pluginVersions.version, manifest.version)));
    if (existing) {
      throw new ConflictError(`Version ${manifest.version} of "${input.slug}" exists; versions are immutable, bump it.`);
    }
    const entryUrl = input.externalEntryUrl ?? bundleUrl(input.slug, manifest.version, manifest.entry);
    const integrity = sriHash(entry);
    const [version] = await tx
      .insert(pluginVersions)
      .values({ serviceId: service.id, version: manifest.version, manifest, entryUrl, integrity, status, sizeBytes, publishedBy })
      .returning({ id: pluginVersions.id, createdAt: pluginVersions.createdAt });
    if (!version) throw new Error('insert returned no row');
    for (const [path, content] of input.files) {
      const sha256 = await store.put(tx, content);
      await tx.insert(pluginVersionFiles).values({ versionId: version.id, path, sha256, contentType: contentTypeFor(path) });
    }
    if (input.activate) {
      await tx.update(services).set({ activeVersionId: version.id, updatedAt: new Date() }).where(eq(services.id, service.id));
    }
    const published = { id: version.id, version: manifest.version, entryUrl, integrity, status, sizeBytes };
    if (ctx) {
      const after = { slug: input.slug, ...published, files: input.files.size, createdAt: version.createdAt.toISOString() };
      await writeAudit(tx, ctx, { action: 'version.publish', targetType: 'plugin_version', targetId: version.id, after });
    }
    return published;
  }).catch((error: unknown) => {
    // Two uploads of the same version racing: the unique index decides, the loser gets the same 409.
    if (isUniqueViolation(error)) throw new ConflictError(`Version ${manifest.version} of "${input.slug}" exists; versions are immutable, bump it.`);
    throw error;
  });
}

/**
 * A federation entry built for this plugin names its container and exports `get` and `init`;
 * anything else would fail in the citizen's browser, so it is refused here.
 */
function assertExportsContainer(entry: Uint8Array, manifest: PluginManifest) {
  const text = new TextDecoder().decode(entry);
  const namesContainer = ['"', "'", '`'].some((quote) => text.includes(`${quote}${manifest.remote}${quote}`));
  const exportsContainer = /export\s*\{[^}]*\bget\b[^}]*\}/.test(text) && /export\s*\{[^}]*\binit\b[^}]*\}/.test(text);
  if (!namesContainer || !exportsContainer) {
    throw new InputError(
      `The entry "${manifest.entry}" is not the federation container "${manifest.remote}" (it must name it and ` +
        `export get and init); build the plugin with the Palapa Vite preset.`,
    );
  }
}
