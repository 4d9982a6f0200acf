import { federation } from '@module-federation/vite';
import { defineConfig, type PluginOption } from 'vite';
import { palapaPlugin, readManifest } from '@palapa/sdk/vite';

const root = import.meta.dirname;
const preset = palapaPlugin({ root });
const manifest = readManifest(root);

// As in cctv-wifi: the preset also shares the `lit/` prefix, which makes every mount fetch all
// ~40 lit subpath modules from the shell (about 25 KiB gzip) although this plugin imports `lit`
// alone. Sharing just `lit` keeps the one singleton the shell provides and the mount under budget.
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
