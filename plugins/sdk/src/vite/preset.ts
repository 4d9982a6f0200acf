import { federation } from '@module-federation/vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginOption, UserConfig } from 'vite';
import { parseManifest, type PluginManifest } from '../manifest';

interface SharedSingleton {
  singleton: true;
  requiredVersion: string;
}

const LIT_VERSION = '^3.3.0';

/**
 * What the shell provides and plugins share by default, so one copy loads on the page: `lit`
 * alone. Sharing the `lit/` prefix as well would make every remote carry a share table of ~40
 * subpaths (~9 KiB gzip) and the shell fetch them all at the first mount (~22 KiB gzip), for
 * plugins that mostly import `lit` and nothing else. A plugin that imports a subpath such as
 * `lit/directives/repeat.js` lists it in `palapaPlugin({ shareLit: [...] })`, so it is not
 * bundled a second time.
 */
export const SHARED_SINGLETONS: Record<string, SharedSingleton> = {
  lit: { singleton: true, requiredVersion: LIT_VERSION },
};

/** The shared map for `lit` plus the given lit subpaths. */
export function sharedLit(subpaths: readonly string[] = []): Record<string, SharedSingleton> {
  const shared = { ...SHARED_SINGLETONS };
  for (const subpath of subpaths) {
    if (!subpath.startsWith('lit/')) throw new Error(`shareLit: "${subpath}" is not a lit subpath such as "lit/directives/repeat.js".`);
    shared[subpath] = { singleton: true, requiredVersion: LIT_VERSION };
  }
  return shared;
}

export interface PalapaPluginOptions {
  /** The plugin's folder (where `palapa.json` lives). Defaults to the working directory. */
  root?: string;
  /** The module whose default export is the single-spa lifecycles. Defaults to `./src/plugin.ts`. */
  expose?: string;
  /**
   * lit subpaths the plugin imports (e.g. `lit/directives/repeat.js`), shared with the shell
   * rather than bundled; `lit` itself is always shared.
   */
  shareLit?: readonly string[];
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
        shared: sharedLit(options.shareLit),
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
