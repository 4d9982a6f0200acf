/** Reading a plugin folder: its source manifest (palapa.json) and its built one (dist/palapa.json). */
import { parseManifest, type PluginManifest } from '@palapa/sdk';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CliError } from './cli-error';

/** Reads and validates a manifest file, failing with one sentence that names the first problem. */
export async function readManifestFile(path: string): Promise<PluginManifest> {
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Berkas ${shown} tidak ditemukan.`, `The file ${shown} does not exist.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${shown} bukan JSON yang valid.`, `${shown} is not valid JSON.`);
  }
  const result = parseManifest(json);
  if (!result.ok) {
    const problems = result.problems.join('; ');
    throw new CliError(`Manifest ${shown} tidak valid: ${problems}.`, `The manifest ${shown} is invalid: ${problems}.`);
  }
  return result.manifest;
}

/** The plugin's own manifest, read before building (a folder without one is not a plugin). */
export function readSourceManifest(root: string): Promise<PluginManifest> {
  return readManifestFile(join(root, 'palapa.json'));
}

/** The manifest the build wrote, which is what gets published. */
export async function readBuiltManifest(root: string): Promise<PluginManifest> {
  return readManifestFile(join(root, 'dist', 'palapa.json')).catch((error: unknown) => {
    if (error instanceof CliError && error.english.includes('does not exist')) {
      throw new CliError('Belum ada hasil build (dist/palapa.json); jalankan palapa build dulu.', 'There is no build yet (dist/palapa.json); run palapa build first.');
    }
    throw error;
  });
}
