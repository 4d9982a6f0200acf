import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tarGz } from '../../test-support/tarball';
import { readBundleArchive } from './bundle-archive';
import type { BundleLimits } from './bundle-limits';

const small: BundleLimits = { maxCompressedBytes: 4096, maxUncompressedBytes: 20_000, maxEntries: 5 };

/** The archive as an upload streams it: in small chunks. */
async function* chunked(bytes: Uint8Array, size = 100): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}

const read = async (bytes: Uint8Array, limits = small) => readBundleArchive(chunked(bytes), limits);

describe('readBundleArchive', () => {
  it('reads files, strips a leading ./ and skips folders', async () => {
    const archive = await tarGz([
      { name: './', type: 'directory' },
      { name: './assets/', type: 'directory' },
      { name: './remoteEntry.js', content: 'entry' },
      { name: './assets/@scope/x-1.0.js', content: 'asset' },
      { name: 'plain.css', content: '' },
    ]);
    const files = await read(archive);
    expect([...files.keys()]).toEqual(['remoteEntry.js', 'assets/@scope/x-1.0.js', 'plain.css']);
    expect(new TextDecoder().decode(files.get('remoteEntry.js'))).toBe('entry');
    expect(files.get('plain.css')?.byteLength).toBe(0);
  });

  it('stops as soon as the compressed bytes pass the limit', async () => {
    const archive = await tarGz([{ name: 'noise.bin', content: randomBytes(8000) }]);
    await expect(read(archive)).rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('4 KiB compressed') });
  });

  it('stops inflating a bomb at the uncompressed limit', async () => {
    const archive = await tarGz([{ name: 'zeros.js', content: new Uint8Array(1_000_000) }]);
    expect(archive.byteLength).toBeLessThan(small.maxCompressedBytes);
    await expect(read(archive)).rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('inflates') });
  });

  it('refuses too many entries', async () => {
    const archive = await tarGz(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.js`, content: 'x' })));
    await expect(read(archive)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('more than 5 entries') });
  });

  it.each([
    ['C:/windows/evil.js', 'absolute'],
    ['assets\\evil.js', 'backslashes'],
    ['a/../../b.js', '".."'],
    ['..', '".."'],
    ['x?.js', 'cannot serve'],
    [`${'a'.repeat(301)}.js`, 'cannot serve'],
  ])('refuses the entry %s', async (name, problem) => {
    const archive = await tarGz([{ name, content: 'x' }]);
    await expect(read(archive, { ...small, maxUncompressedBytes: 100_000 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining(problem),
    });
  });

  it('reads an archive that arrives in one chunk or byte by byte alike', async () => {
    const archive = await tarGz([{ name: './remoteEntry.js', content: 'entry' }]);
    const whole = await readBundleArchive(chunked(archive, archive.byteLength), small);
    const bytewise = await readBundleArchive(chunked(archive, 1), small);
    expect(whole).toEqual(bytewise);
  });
});
