import { federation } from '@module-federation/vite';
import { defineConfig, type PluginOption } from 'vite';
import { palapaPlugin, readManifest } from '@palapa/sdk/vite';

const root = import.meta.dirname;
const preset = palapaPlugin({ root });
const manifest = readManifest(root);

// The SDK preset shares `lit` and every `lit/` subpath. Sharing the subpaths puts a 72 KB share
// table (9 KiB gzip) in the remote that every mount downloads, yet this plugin imports `lit` alone.
// So it shares just `lit`, the same singleton the shell provides; the end-to-end test checks that
// lit still loads once. Importing a `lit/...` subpath here would bundle a second copy: share it too.
// TODO(sdk): let palapaPlugin() take the shared list, then this file goes back to one line.
const [, ...presetRest] = (preset.plugins ?? []) as PluginOption[];

export default defineConfig({
  ...preset,
  plugins: [
    federation({
      name: manifest.remote,
      filename: manifest.entry,
      exposes: { './plugin': './src/plugin.ts' },
      shared: { lit: { singleton: true, requiredVersion: '^3.3.0' } },
      dts: false,
    }),
    ...presetRest,
  ],
});
