import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packBundle } from './pack-bundle';
import { streamWithProgress, uploadProgress } from './upload-progress';

/** A stdout stand-in that is not a terminal and keeps what was written. */
function captured() {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('publishing', () => {
  it('prints plain quarter lines when stdout is not a terminal, each once, as the body is read (100-byte chunks)', async () => {
    const out = captured();
    const bytes = new Uint8Array(1000);
    const progress = uploadProgress(bytes.byteLength, out.stream);
    const reader = streamWithProgress(bytes, progress, 100).getReader();
    let received = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value.byteLength;
    progress.stop();
    expect(received).toBe(1000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text().trim().split('\n')).toEqual([
      'Mengunggah / uploading: 25% (0.3/1.0 KiB)',
      'Mengunggah / uploading: 50% (0.5/1.0 KiB)',
      'Mengunggah / uploading: 75% (0.8/1.0 KiB)',
      'Mengunggah / uploading: 100% (1.0/1.0 KiB)',
    ]);
  });

  it('packs dist/ as a gzip tar with relative ./ paths, as tar -czf bundle.tgz -C dist . does', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'palapa-cli-pack-'));
    try {
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'remoteEntry.js'), 'export{}');
      writeFileSync(join(dist, 'assets/plugin.js'), 'export default 1');
      const tar = gunzipSync(await packBundle(dist)).toString('latin1');
      expect(tar).toContain('./remoteEntry.js');
      expect(tar).toContain('./assets/plugin.js');
      expect(tar).not.toContain(dist);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
