import { federation } from '@module-federation/vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginOption, UserConfig } from 'vite';
import { parseManifest, type PluginManifest } from '../manifest';

/** Libraries every plugin shares with the shell, so one copy loads on the page. */
export const SHARED_SINGLETONS = {
  lit: { singleton: true, requiredVersion: '^3.3.0' },
  'lit/': { singleton: true, requiredVersion: '^3.3.0' },
} as const;

export interface PalapaPluginOptions {
  /** The plugin's folder (where `palapa.json` lives). Defaults to the working directory. */
  root?: string;
  /** The module whose default export is the single-spa lifecycles. Defaults to `./src/plugin.ts`. */
  expose?: string;
}

/** Reads and validates `palapa.json`, throwing one clear sentence per problem. */
export function readManifest(root: string): PluginManifest {
  const path = resolve(root, 'palapa.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
  const result = parseManifest(raw);
  if (!result.ok) throw new Error(`${path} is not a valid Palapa manifest:\n  ${result.problems.join('\n  ')}`);
  return result.manifest;
}

/**
 * The whole Vite configuration of a Palapa plugin: a Module Federation remote named after the
 * slug, exposing `./plugin`, sharing lit with the shell, built with relative URLs so the registry
 * can serve it from any path.
 *
 * @example
 * // vite.config.ts
 * import { defineConfig } from 'vite';
 * import { palapaPlugin } from '@palapa/sdk/vite';
 * export default defineConfig(palapaPlugin());
 */
export function palapaPlugin(options: PalapaPluginOptions = {}): UserConfig {
  const root = options.root ?? process.cwd();
  const manifest = readManifest(root);
  const emitManifest: PluginOption = {
    name: 'palapa:manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'palapa.json', source: JSON.stringify(manifest, null, 2) });
    },
  };
  return {
    root,
    base: './',
    plugins: [
      federation({
        name: manifest.remote,
        filename: manifest.entry,
        exposes: { './plugin': options.expose ?? './src/plugin.ts' },
        shared: SHARED_SINGLETONS,
        dts: false,
      }),
      emitManifest,
    ],
    build: {
      target: 'es2022',
      modulePreload: false,
      emptyOutDir: true,
      // A remote has no page of its own: the federation entry is what the shell loads.
      rollupOptions: { input: {} },
    },
  };
}
