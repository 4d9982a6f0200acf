// Builds uploads the way an OPD team makes them (`tar -czf bundle.tgz -C dist .`), for API tests.
import type { Headers as TarHeaders } from 'tar-stream';
import tar from 'tar-stream';
import { gzipSync } from 'node:zlib';
import { fakeManifest, fakePluginFiles } from './fake-plugin';

export interface TarEntry {
  name: string;
  content?: string | Uint8Array;
  type?: TarHeaders['type'];
  linkname?: string;
}

/** A tar stream of `entries`, gzip-compressed. */
export async function tarGz(entries: TarEntry[]): Promise<Uint8Array> {
  const pack = tar.pack();
  for (const { name, content, type = 'file', linkname } of entries) {
    const body = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content ?? new Uint8Array());
    pack.entry({ name, type, linkname, size: type === 'file' ? body.byteLength : 0 }, type === 'file' ? body : undefined);
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk);
  return new Uint8Array(gzipSync(Buffer.concat(chunks)));
}

/** The entries of a built fake plugin as tar lists them: the root folder, then './'-prefixed paths. */
export function pluginEntries(slug: string, version: string, asset?: string): TarEntry[] {
  const files = [...fakePluginFiles(slug, version, asset)].map(([path, content]) => ({ name: `./${path}`, content }));
  return [{ name: './', type: 'directory' }, { name: './assets/', type: 'directory' }, ...files];
}

/** A multipart upload of `manifest` (an object, or raw text) and `bundle` bytes. */
export function uploadBody(manifest: unknown, bundle: Uint8Array, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('manifest', typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  form.set('bundle', new Blob([bundle as Uint8Array<ArrayBuffer>], { type: 'application/gzip' }), 'bundle.tgz');
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

/** A valid upload of the fake plugin `slug`@`version`. */
export async function pluginUpload(slug: string, version: string, asset?: string): Promise<FormData> {
  return uploadBody(fakeManifest(slug, version), await tarGz(pluginEntries(slug, version, asset)));
}
