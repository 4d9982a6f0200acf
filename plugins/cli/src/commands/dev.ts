/**
 * `palapa dev`: rebuilds the plugin on every change (Vite build in watch mode) and serves dist/
 * with CORS on a local port, then prints the portal address with the developer override, which
 * mounts this local build in place of the published one. After every rebuild the server tells the
 * open portal page (server-sent events), which reloads itself to mount the new build.
 *
 * Why a watched build and not @module-federation/vite's dev server: the shell loads remotes as
 * built ES modules (`type: 'module'` remoteEntry.js with the shared-lit handshake); the dev
 * server's entry goes through Vite's on-demand transforms and HMR client, which expect to own the
 * page. A production-shaped build is exactly what the portal will run after publishing, and a
 * small plugin rebuilds in about a second.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CliError } from '../cli-error';
import { loadVite, viteConfig, forceFederationBuild } from '../build/run-vite';
import { serveFolder } from '../dev/static-server';
import { readSourceManifest } from '../plugin-folder';

export interface DevOptions {
  dir?: string;
  port?: string;
  portal?: string;
  open?: boolean;
}

/** `<portal>/layanan/<slug>?palapa-override=<entry>`: the page that mounts the local build. */
export function overridePageUrl(portal: string, slug: string, entryUrl: string): string {
  const page = new URL(`/layanan/${slug}`, portal);
  page.searchParams.set('palapa-override', entryUrl);
  return page.href;
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`--port harus nomor port 0–65535, bukan "${value}".`, `--port must be a port number 0–65535, not "${value}".`);
  }
  return port;
}

function parsePortal(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Fall through to the sentence below.
  }
  throw new CliError(`--portal harus alamat http(s), bukan "${value}".`, `--portal must be an http(s) address, not "${value}".`);
}

function openInBrowser(url: string) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}

export async function devCommand(options: DevOptions): Promise<void> {
  const root = resolve(options.dir ?? process.cwd());
  const port = parsePort(options.port);
  const portal = parsePortal(options.portal ?? 'http://localhost:8080');
  const manifest = await readSourceManifest(root);
  const vite = await loadVite(root);
  forceFederationBuild();

  let served: Awaited<ReturnType<typeof serveFolder>>;
  try {
    served = await serveFolder(resolve(root, 'dist'), port);
  } catch {
    throw new CliError(`Port ${port} sedang dipakai; pilih yang lain dengan --port.`, `Port ${port} is in use; choose another with --port.`);
  }
  const entryUrl = `http://localhost:${served.port}/${manifest.entry}`;
  const page = overridePageUrl(portal, manifest.slug, entryUrl);

  const watcher = await vite.build(viteConfig(root, { build: { watch: {} } }));
  if (!('on' in watcher)) throw new CliError('Vite tidak memulai mode watch.', 'Vite did not start in watch mode.');
  watcher.on('event', (event) => {
    if (event.code === 'BUNDLE_END') {
      console.log(`[${new Date().toLocaleTimeString('id-ID')}] build siap / build ready (${event.duration} ms) — halaman portal dimuat ulang / the portal page reloads`);
      void event.result.close();
      served.notifyBuild();
    } else if (event.code === 'ERROR') {
      console.error(`Build gagal / build failed: ${event.error.message.split('\n')[0]}`);
      void event.result?.close();
    }
  });

  console.log(`Plugin ${manifest.slug} dilayani di / served at ${entryUrl}`);
  console.log(`Buka / open: ${page}`);
  console.log('Portal produksi menerima override ini hanya untuk admin atau penerbit OPD layanan yang sudah masuk.');
  console.log('  A production portal honours it only for a signed-in admin or a publisher of the service\'s OPD. Ctrl+C to stop.');
  if (options.open) openInBrowser(page);

  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher.close();
  await served.close();
}
