import { federation } from '@module-federation/vite';
import { SHARED_SINGLETONS } from '@palapa/sdk/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
    // The installable, offline-capable portal: a web app manifest and our own service worker
    // (src/sw/service-worker.ts), into which the list of build files to precache is injected.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      // Registered by src/sw/register-service-worker.ts, after first paint.
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The staff console is lazily loaded and needs the registry anyway: citizens' devices
        // should not download it in the background (its chunks are named after its files).
        globIgnores: ['**/node_modules/**', 'assets/palapa-console-*.js', 'assets/console-*.js'],
        // The shell's lazily shared lit chunks are many small files; all of them belong offline.
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Palapa — Portal Layanan Publik Kota Mojokerto',
        short_name: 'Palapa Mojokerto',
        description: 'Satu pintu untuk semua layanan publik Kota Mojokerto.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#0b5394',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [{ name: 'Layanan Darurat', short_name: 'Darurat', url: '/layanan/darurat' }],
      },
    }),
  ],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080', '/bundles': 'http://localhost:8080' } },
});
