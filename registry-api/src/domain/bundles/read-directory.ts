import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../errors';

/** Reads a plugin's built folder into path → bytes, refusing symlinks (they could point anywhere). */
export async function readBundleDirectory(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  async function walk(dir: string) {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const stat = await lstat(path);
      if (stat.isSymbolicLink()) throw new InputError(`${path} is a symbolic link; bundles hold plain files only.`);
      if (stat.isDirectory()) await walk(path);
      else if (stat.isFile()) files.set(relative(root, path).split(sep).join('/'), await readFile(path));
    }
  }
  await walk(root);
  return files;
}
