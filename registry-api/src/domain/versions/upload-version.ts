import { parseManifest, type PluginManifest } from '@palapa/sdk';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { BundleStore } from '../bundles/bundle-store';
import { publishVersion } from '../bundles/publish-version';
import type { DomainContext } from '../context';
import { DomainError, InputError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { loadService } from '../services/staff-service';
import { findUnstorableText } from '../storable-text';
import { readBundleArchive } from './bundle-archive';
import { fetchExternalEntry, type ExternalEntryOptions } from './external-entry';
import { DEFAULT_BUNDLE_LIMITS, formatBytes, type BundleLimits } from './bundle-limits';
import { versionSummary, type VersionSummary } from './version-summary';

const MAX_MANIFEST_CHARS = 64 * 1024;

const uploadSchema = z.strictObject({
  slug: slugSchema,
  manifest: z.string().max(MAX_MANIFEST_CHARS, 'the manifest must be at most 64 KiB of JSON'),
  bundle: z.instanceof(Blob, { message: 'attach the .tar.gz as a file' }),
});

export interface UploadDependencies {
  store: BundleStore;
  limits?: BundleLimits;
}

/**
 * A publisher of the service's OPD (or an admin) publishes a new version from its manifest and a
 * .tar.gz of the built plugin. It is stored as 'pending': nothing reaches citizens until an admin
 * approves and activates it. Every check runs before the one transaction that stores it all.
 */
export async function uploadVersion(ctx: DomainContext, input: unknown, deps: UploadDependencies): Promise<VersionSummary> {
  requireStaff(ctx.actor);
  const limits = deps.limits ?? DEFAULT_BUNDLE_LIMITS;
  const { slug, manifest: manifestText, bundle } = parseInput(uploadSchema, input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  if (service.kind !== 'module') throw new InputError(`"${slug}" is a ${service.kind} service; only module services have versions.`);
  const manifest = parseManifestText(manifestText, slug);
  if (bundle.size > limits.maxCompressedBytes) {
    throw new DomainError('payload_too_large', `The bundle is larger than ${formatBytes(limits.maxCompressedBytes)} compressed.`);
  }
  const files = await readBundleArchive(Readable.fromWeb(bundle.stream() as NodeReadableStream<Uint8Array>), limits);
  assertBuiltManifestAgrees(files.get('palapa.json'), manifest);
  // Stored with the publisher and its audit row in one transaction (publishVersion); it re-checks the
  // entry file, the federation container and the version's uniqueness.
  await publishVersion(ctx.db, deps.store, { slug, manifest, files, status: 'pending', ctx });
  return versionSummary(ctx.db, service, manifest.version);
}

const externalSchema = z.strictObject({
  slug: slugSchema,
  manifest: z.string().max(MAX_MANIFEST_CHARS, 'the manifest must be at most 64 KiB of JSON'),
  entryUrl: z.string().max(2000, 'entryUrl must be at most 2000 characters'),
});

/**
 * A publisher registers a version its OPD hosts itself: the manifest plus the entry's URL on an
 * allow-listed origin. The registry fetches the entry, checks it is this plugin's federation
 * container and computes its SRI hash itself; like an upload, it is 'pending' until approved.
 */
export async function registerExternalVersion(
  ctx: DomainContext,
  input: unknown,
  deps: { store: BundleStore; externalEntries: ExternalEntryOptions },
): Promise<VersionSummary> {
  requireStaff(ctx.actor);
  const { slug, manifest: manifestText, entryUrl } = parseInput(externalSchema, input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  if (service.kind !== 'module') throw new InputError(`"${slug}" is a ${service.kind} service; only module services have versions.`);
  const manifest = parseManifestText(manifestText, slug);
  const entry = await fetchExternalEntry(entryUrl, deps.externalEntries);
  const files = new Map([[manifest.entry, entry]]);
  await publishVersion(ctx.db, deps.store, { slug, manifest, files, status: 'pending', ctx, externalEntryUrl: new URL(entryUrl).href });
  return versionSummary(ctx.db, service, manifest.version);
}

/** What a manifest says that matters once citizens run the code: a built palapa.json must agree. */
const BINDING_FIELDS = ['slug', 'version', 'remote', 'entry', 'exposes', 'permissions'] as const;

/**
 * The preset writes palapa.json into the build. When the archive has one, the manifest uploaded
 * beside it must say the same, or the admin would approve one thing and citizens run another.
 */
function assertBuiltManifestAgrees(built: Uint8Array | undefined, manifest: PluginManifest) {
  if (!built) return;
  let parsed: ReturnType<typeof parseManifest>;
  try {
    parsed = parseManifest(JSON.parse(new TextDecoder().decode(built)));
  } catch {
    throw new InputError("bundle: its palapa.json is not JSON; rebuild the plugin.");
  }
  if (!parsed.ok) throw new InputError(`bundle: its palapa.json is invalid (${parsed.problems.join('; ')}); rebuild the plugin.`);
  for (const field of BINDING_FIELDS) {
    const [inBuild, uploaded] = [JSON.stringify(parsed.manifest[field]), JSON.stringify(manifest[field])];
    if (inBuild !== uploaded) {
      throw new InputError(`manifest: ${field} is ${uploaded} but the bundle's palapa.json says ${inBuild}; upload the manifest of this build.`);
    }
  }
}

function parseManifestText(text: string, slug: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError('manifest: is not JSON; send the contents of the built palapa.json.');
  }
  const unstorable = findUnstorableText(json);
  if (unstorable) throw new InputError(`manifest: ${['manifest', ...unstorable].join('.')} must not contain NUL characters or broken unicode.`);
  const parsed = parseManifest(json);
  if (!parsed.ok) throw new InputError(`manifest: ${parsed.problems.join('; ')}.`, parsed.problems);
  if (parsed.manifest.slug !== slug) {
    throw new InputError(`manifest: it is for "${parsed.manifest.slug}", not for the service "${slug}" it is uploaded to.`);
  }
  return parsed.manifest;
}
