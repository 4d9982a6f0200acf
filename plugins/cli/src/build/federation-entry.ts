/**
 * A static check of a built federation container, without running it: the entry file exists,
 * names the container the manifest promises (`palapa_<slug>`), exports `get` and `init` (what the
 * Module Federation runtime calls), and its exposes map has the `./plugin` key the shell loads.
 * The registry re-checks the first three on upload; the fourth catches a hand-edited preset.
 */
import type { PluginManifest } from '@palapa/sdk';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../cli-error';

/** Returns the problem with `entryText` as a container for `manifest`, or null when it is sound. */
export function containerProblem(entryText: string, manifest: PluginManifest): { id: string; en: string } | null {
  const namesContainer = ['"', "'", '`'].some((quote) => entryText.includes(`${quote}${manifest.remote}${quote}`));
  if (!namesContainer) {
    return {
      id: `${manifest.entry} tidak menamai container federasi "${manifest.remote}"; build dengan preset Vite Palapa (@palapa/sdk/vite).`,
      en: `${manifest.entry} does not name the federation container "${manifest.remote}"; build with the Palapa Vite preset (@palapa/sdk/vite).`,
    };
  }
  const exports = [...entryText.matchAll(/export\s*\{([^}]*)\}/g)].map((match) => match[1] ?? '').join(',');
  if (!/\bget\b/.test(exports) || !/\binit\b/.test(exports)) {
    return {
      id: `${manifest.entry} tidak mengekspor get dan init, jadi bukan container Module Federation.`,
      en: `${manifest.entry} does not export get and init, so it is not a Module Federation container.`,
    };
  }
  if (!/["'`]\.\/plugin["'`]\s*:/.test(entryText)) {
    return {
      id: `${manifest.entry} tidak mengekspos "./plugin", modul yang dimuat portal.`,
      en: `${manifest.entry} does not expose "./plugin", the module the portal loads.`,
    };
  }
  return null;
}

/** Reads `dist/<entry>` and fails with one sentence if it is missing or not a sound container. */
export async function checkFederationEntry(distDir: string, manifest: PluginManifest): Promise<void> {
  let text: string;
  try {
    text = await readFile(join(distDir, manifest.entry), 'utf8');
  } catch {
    throw new CliError(`Berkas entry dist/${manifest.entry} tidak ada setelah build.`, `The entry file dist/${manifest.entry} is missing after the build.`);
  }
  const problem = containerProblem(text, manifest);
  if (problem) throw new CliError(problem.id, problem.en);
}
