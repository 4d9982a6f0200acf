import { federation } from '@module-federation/vite';
import { SHARED_SINGLETONS } from '@palapa/sdk/vite';
import { defineConfig } from 'vite';

// The shell is a federation host that knows no remote at build time: every plugin is registered
// at run time from the catalogue. It provides lit to plugins as a shared singleton.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    federation({
      name: 'palapa_shell',
      remotes: {},
      shared: SHARED_SINGLETONS,
      dts: false,
    }),
  ],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080', '/bundles': 'http://localhost:8080' } },
});
