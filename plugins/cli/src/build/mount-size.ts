/**
 * How much JavaScript a citizen's phone downloads to mount the plugin, measured on the built files:
 * the entry and every chunk it imports, statically or dynamically, followed transitively. Chunks
 * named `__prebuild__` are the plugin's fallback copies of shared libraries (lit); the portal
 * provides those singletons, so they are never fetched and are not counted. Counting every
 * dynamic import errs on the heavy side for a plugin that lazy-loads a rarely used screen: that
 * is the direction a budget should err in.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface MountedFile {
  /** Path inside dist/. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

// `from"./x.js"`, `import"./x.js"`, `import("./x.js")` and `import(\`./x.js\`)`, as minifiers write them.
const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])(\.{1,2}\/[^"'`\s]+?\.js)\1/g;

/** Relative JS specifiers imported by `code`. */
export function importedSpecifiers(code: string): string[] {
  return [...code.matchAll(IMPORT_PATTERN)].map((match) => match[2] ?? '').filter(Boolean);
}

/** True for a chunk the shell's shared singleton replaces. */
export const isSharedFallback = (path: string) => path.includes('__prebuild__');

/** The files loaded at mount, entry first, with their raw and gzip sizes. */
export async function mountedFiles(distDir: string, entry: string): Promise<MountedFile[]> {
  const seen = new Set<string>();
  const files: MountedFile[] = [];
  const queue = [normalize(entry)];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path) || isSharedFallback(path)) continue;
    seen.add(path);
    let content: Buffer;
    try {
      content = await readFile(join(distDir, path));
    } catch {
      // A specifier the regex misread, or a file outside dist/: nothing to download from us.
      continue;
    }
    files.push({ path, bytes: content.byteLength, gzipBytes: gzipSync(content, { level: 9 }).byteLength });
    for (const specifier of importedSpecifiers(content.toString('utf8'))) {
      const target = relative(distDir, join(distDir, dirname(path), specifier));
      if (!target.startsWith('..')) queue.push(target);
    }
  }
  return files;
}

export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
