// Reads an uploaded plugin bundle (`tar -czf bundle.tgz -C dist .`) into path → bytes, streaming,
// and refuses anything that is not a plain folder of files within the size limits.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { DomainError, InputError } from '../errors';
import { formatBytes, type BundleLimits } from './bundle-limits';

/** The characters the bundle server serves (routes/bundles.ts): a file it could not serve is refused now, not later. */
const SERVABLE_PATH = /^[\w.@-]+(?:\/[\w.@-]+)*\/?$/;
const MAX_PATH_LENGTH = 300;
const FILE_TYPES = new Set(['file', 'contiguous-file']);

export type BundleFiles = Map<string, Uint8Array>;

/** Reads a gzip-compressed tar stream. Throws InputError (400) or a payload_too_large DomainError (413). */
export async function readBundleArchive(source: AsyncIterable<Uint8Array>, limits: BundleLimits): Promise<BundleFiles> {
  const extract = tar.extract();
  const feeding = pipeline(
    Readable.from(checkedGzip(source, limits.maxCompressedBytes)),
    createGunzip(),
    limitInflated(limits.maxUncompressedBytes),
    extract,
  );
  const fed = feeding.then(
    () => null,
    (error: unknown) => error,
  );
  try {
    const files: BundleFiles = new Map();
    let entries = 0;
    for await (const entry of extract) {
      if (++entries > limits.maxEntries) throw new InputError(`The bundle has more than ${limits.maxEntries} entries.`);
      const path = checkedPath(entry.header.name, entry.header.type);
      if (path === null) {
        entry.resume();
        continue;
      }
      if (files.has(path)) throw new InputError(`The bundle entry ${quote(path)} appears twice.`);
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk);
      files.set(path, new Uint8Array(Buffer.concat(chunks)));
    }
    const failure = await fed;
    if (failure) throw failure;
    return files;
  } catch (error) {
    extract.destroy();
    // A failure while feeding surfaces in the loop as a vague stream error; the feeder's own error says more.
    if (error instanceof DomainError) throw error;
    throw describeFailure((await fed) ?? error);
  }
}

/** Passes the compressed bytes through, refusing what does not start like gzip or is too large. */
async function* checkedGzip(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let seen = 0;
  let head = new Uint8Array(0);
  for await (const chunk of source) {
    seen += chunk.byteLength;
    if (seen > maxBytes) throw tooLarge(`The bundle is larger than ${formatBytes(maxBytes)} compressed.`);
    if (head.byteLength < 2) {
      head = new Uint8Array([...head, ...chunk.subarray(0, 2 - head.byteLength)]);
      if (head.byteLength === 2 && (head[0] !== 0x1f || head[1] !== 0x8b)) throw notGzip();
    }
    yield chunk;
  }
  if (head.byteLength < 2) throw notGzip();
}

/** Counts the inflated bytes and stops a decompression bomb as soon as it passes the limit. */
function limitInflated(maxBytes: number) {
  return async function* (inflated: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let total = 0;
    for await (const chunk of inflated) {
      total += chunk.byteLength;
      if (total > maxBytes) throw tooLarge(`The bundle inflates to more than ${formatBytes(maxBytes)}.`);
      yield chunk;
    }
  };
}

/** The entry's path relative to the bundle root, null for folders; throws naming the entry when it is unsafe. */
function checkedPath(name: string, type: string | null | undefined): string | null {
  const path = name.startsWith('./') ? name.slice(2) : name;
  if (path === '' || path === '.') return null; // the root folder itself
  if (name.includes('\\')) throw new InputError(`The bundle entry ${quote(name)} uses backslashes; archives use "/" between folders.`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw new InputError(`The bundle entry ${quote(name)} is an absolute path; archive the built folder with relative paths (tar -czf bundle.tgz -C dist .).`);
  }
  if (path.includes('..')) throw new InputError(`The bundle entry ${quote(name)} contains "..", which could escape the bundle.`);
  const kind = type ?? 'file';
  if (kind === 'directory') {
    if (!SERVABLE_PATH.test(path)) throw unservable(name);
    return null;
  }
  if (!FILE_TYPES.has(kind)) {
    throw new InputError(`The bundle entry ${quote(name)} is a ${kind}; bundles hold plain files and folders only.`);
  }
  if (path.length > MAX_PATH_LENGTH || path.endsWith('/') || !SERVABLE_PATH.test(path)) throw unservable(name);
  return path;
}

function describeFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('Z_')) return new InputError(`The bundle is not a gzip archive, or it is damaged (${message}).`);
  if (/unexpected end|premature/i.test(message)) return new InputError('The bundle archive is truncated; upload the whole .tar.gz.');
  return new InputError(`The bundle is not a tar archive inside its gzip (${message.slice(0, 200)}); make it with tar -czf.`);
}

const notGzip = () => new InputError('The bundle is not a gzip archive; upload a .tar.gz (tar -czf bundle.tgz -C dist .).');
const tooLarge = (message: string) => new DomainError('payload_too_large', message);
const unservable = (name: string) =>
  new InputError(
    `The bundle entry ${quote(name)} has a name the bundle server cannot serve; use letters, digits, ".", "_", "-", "@" and "/" (at most ${MAX_PATH_LENGTH} characters).`,
  );
const quote = (name: string) => JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);
