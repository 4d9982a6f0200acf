/**
 * The small web server behind mountPluginInBrowser: Vite in middleware mode serving one harness
 * page and the plugin under test, either from its source (Vite transforms it as in `vite dev`) or
 * from its built Module Federation remote (loaded with the federation runtime, as the shell does).
 */
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import type { PluginManifest } from '../manifest';
import { OUTLET_ID } from './harness-constants';

const VIRTUAL_ID = 'virtual:palapa-plugin-under-test';
const BUILT_PREFIX = '/__palapa_built/';
const HARNESS_PAGE = fileURLToPath(new URL('./harness-page.ts', import.meta.url));
const SDK_SRC = fileURLToPath(new URL('..', import.meta.url));

/** Where the plugin under test comes from. */
export type PluginSource = { kind: 'source'; module: string } | { kind: 'built'; dir: string };

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

function harnessHtml(): string {
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Palapa plugin test</title>
  </head>
  <body>
    <main><div id="${OUTLET_ID}" data-testid="plugin-outlet"></div></main>
    <script type="module" src="/@fs${HARNESS_PAGE}"></script>
  </body>
</html>`;
}

/** The virtual module's code: the plugin's `./plugin` module, from source or through federation. */
function pluginModuleCode(source: PluginSource, manifest: PluginManifest, root: string): string {
  if (source.kind === 'source') {
    return `import * as plugin from ${JSON.stringify(source.module)};\nexport async function loadPluginUnderTest() { return plugin; }\n`;
  }
  const litVersion = installedLitVersion(root);
  // The shell shares its lit with every remote; the harness does the same when lit is installed,
  // so a Lit plugin runs against one copy, as in the portal.
  const shared = litVersion
    ? `shared: { lit: { version: ${JSON.stringify(litVersion)}, lib: () => lit, shareConfig: { singleton: true, requiredVersion: '^3.3.0' } } },`
    : '';
  return `import { createInstance } from '@module-federation/runtime';
${litVersion ? "import * as lit from 'lit';" : ''}
const federation = createInstance({
  name: 'palapa_test_harness',
  remotes: [{ name: ${JSON.stringify(manifest.remote)}, entry: new URL(${JSON.stringify(BUILT_PREFIX + manifest.entry)}, location.href).href, type: 'module' }],
  ${shared}
});
export function loadPluginUnderTest() { return federation.loadRemote(${JSON.stringify(`${manifest.remote}/plugin`)}); }
`;
}

function installedLitVersion(root: string): string | null {
  try {
    const require = createRequire(resolve(root, 'package.json'));
    return (require('lit/package.json') as { version: string }).version;
  } catch {
    return null;
  }
}

function harnessPlugin(source: PluginSource, manifest: PluginManifest, root: string): Plugin {
  return {
    name: 'palapa:test-harness',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id) => (id === `\0${VIRTUAL_ID}` ? pluginModuleCode(source, manifest, root) : undefined),
    configureServer(server) {
      // Registered before Vite's own middlewares: the page and the built files are ours.
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://harness').pathname;
        if (path === '/') {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(harnessHtml());
          return;
        }
        if (source.kind === 'built' && path.startsWith(BUILT_PREFIX)) {
          const file = resolve(source.dir, decodeURIComponent(path.slice(BUILT_PREFIX.length)));
          const inside = relative(source.dir, file);
          if (inside.startsWith('..') || isAbsolute(inside)) {
            response.statusCode = 404;
            response.end();
            return;
          }
          readFile(file).then(
            (content) => {
              response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
              response.end(content);
            },
            () => {
              response.statusCode = 404;
              response.end();
            },
          );
          return;
        }
        next();
      });
    },
  };
}

/** Starts the harness server on a free local port. `vite` adds to (and wins over) the harness's Vite config. */
export async function startHarnessServer(options: {
  root: string;
  source: PluginSource;
  manifest: PluginManifest;
  vite?: InlineConfig;
}): Promise<HarnessServer> {
  const { createServer, mergeConfig, searchForWorkspaceRoot } = await import('vite');
  const { root, source, manifest } = options;
  const config: InlineConfig = {
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    plugins: [harnessPlugin(source, manifest, root)],
    server: { middlewareMode: true, hmr: false, ws: false, fs: { allow: [searchForWorkspaceRoot(root), SDK_SRC] } },
    // Found up front, so Vite does not re-optimise (and reload the page) after the plugin mounted.
    optimizeDeps: { entries: source.kind === 'source' ? [source.module] : [] },
  };
  const vite = await createServer(options.vite ? mergeConfig(config, options.vite) : config);
  const http: Server = createHttpServer(vite.middlewares);
  await new Promise<void>((ready) => http.listen(0, '127.0.0.1', ready));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((done) => http.close(() => done()));
      await vite.close();
    },
  };
}
