/**
 * Packs a built plugin folder the way the registry expects (`tar -czf bundle.tgz -C dist .`):
 * relative paths, no owner or time metadata that would make two packs of one build differ.
 */
import { create } from 'tar';

export async function packBundle(distDir: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = create({ cwd: distDir, gzip: true, portable: true, noMtime: true, follow: false }, ['.']);
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
