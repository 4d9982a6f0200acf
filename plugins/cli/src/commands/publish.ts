/**
 * `palapa publish`: uploads the checked build (dist/) with its manifest as a new version. The
 * registry keeps it pending until an admin approves it; nothing reaches citizens before that.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadCredentials } from '../config';
import { kib } from '../build/mount-size';
import { packBundle } from '../publish/pack-bundle';
import { streamWithProgress, uploadProgress } from '../publish/upload-progress';
import { redactRegistry } from '../redact';
import { registryRequest } from '../registry-client';
import { nextStep, statusWords, type VersionSummary } from '../version-summary';
import { assertWithinBudget, checkBuild, parseBudget } from './build';

export interface PublishOptions {
  dir?: string;
  budget?: string;
}

/** The multipart body the registry expects, encoded once so its length is known for the progress bar. */
export async function encodeUpload(manifestText: string, bundle: Uint8Array): Promise<{ contentType: string; bytes: Uint8Array }> {
  const form = new FormData();
  form.set('manifest', manifestText);
  form.set('bundle', new Blob([bundle as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }), 'bundle.tgz');
  const encoded = new Response(form);
  const contentType = encoded.headers.get('content-type') ?? 'multipart/form-data';
  return { contentType, bytes: new Uint8Array(await encoded.arrayBuffer()) };
}

export async function publishCommand(options: PublishOptions): Promise<void> {
  const root = resolve(options.dir ?? process.cwd());
  const budget = parseBudget(options.budget);
  const { manifest, files } = await checkBuild(root);
  assertWithinBudget(files, budget);
  const credentials = await loadCredentials();
  const distDir = join(root, 'dist');
  const bundle = await packBundle(distDir);
  const upload = await encodeUpload(await readFile(join(distDir, 'palapa.json'), 'utf8'), bundle);
  console.log(`Menerbitkan / publishing ${manifest.slug}@${manifest.version} (${kib(bundle.byteLength)} KiB .tar.gz) ke / to ${redactRegistry(credentials.registry)}`);
  const progress = uploadProgress(upload.bytes.byteLength);
  let published: VersionSummary;
  try {
    published = await registryRequest<VersionSummary>(credentials, `/services/${manifest.slug}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': upload.contentType, 'Content-Length': String(upload.bytes.byteLength) },
      body: streamWithProgress(upload.bytes, progress),
      duplex: 'half',
    });
  } finally {
    progress.stop();
  }
  console.log(`Versi ${published.version} diterbitkan, status: ${statusWords(published.status)}.`);
  console.log(`  Version ${published.version} published, status: ${published.status}.`);
  console.log(nextStep(published));
}
