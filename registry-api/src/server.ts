import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { createApp } from './app';
import { bootstrap } from './bootstrap';
import { loadConfig } from './config/config';
import { DataDirectoryError } from './db/client';
import { CatalogueCache } from './domain/catalogue/catalogue-cache';
import { ChangeFeed } from './domain/events/change-feed';
import { withCatalogueFastPath } from './http/catalogue-fast-path';
import { demoBackendsWanted, startDemoBackends } from './seed/demo-backends';

/** The only file that listens on a port. */
async function main() {
  const config = loadConfig();
  const started = Date.now();
  const { handle, store, seeded, plugins, accounts } = await bootstrap(config);
  const where = handle.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Palapa registry: database ${where}${seeded ? ', demo city seeded' : ''}.`);
  if (accounts.length > 0) {
    console.log('  Demo accounts (shown only on this first start; only their hashes are stored):');
    for (const account of accounts) {
      console.log(`    ${account.role.padEnd(9)} ${account.email.padEnd(40)} ${account.password}`);
    }
  }
  for (const plugin of plugins) {
    if (plugin.outcome === 'stale') {
      console.warn(
        `  plugin ${plugin.slug}@${plugin.version} was rebuilt with different files but the same version; ` +
          `the stored one is served. Bump "version" in its palapa.json to publish the new build.`,
      );
    } else if (plugin.outcome === 'not-module') {
      console.warn(`  plugin ${plugin.slug}@${plugin.version} is built, but "${plugin.slug}" is not a module service in this database; not published.`);
    } else if (plugin.outcome === 'published') {
      console.log(`  plugin ${plugin.slug}@${plugin.version} published and activated.`);
    }
  }
  // The demo city's OPD back ends (Cek PBB's BPKPD…), on 127.0.0.1 only, behind the gateway.
  const demoBackends = demoBackendsWanted(config.seed) ? await startDemoBackends(handle.db) : null;
  for (const backend of demoBackends?.started ?? []) {
    if (backend.upstream !== 'no-service') console.log(`  demo back end of ${backend.slug} at ${backend.url} (gateway upstream)`);
  }
  // One cache for the routes and the feed: a change made through any instance refreshes this one.
  const cache = new CatalogueCache();
  const changeFeed = new ChangeFeed({ db: handle.db, listen: handle.listen, cache });
  await changeFeed.start();
  const app = createApp({
    db: handle.db,
    store,
    shellDir: config.shellDir,
    cache,
    changeFeed,
    bundleLimits: config.bundleLimits,
    externalOrigins: config.externalOrigins,
  });
  // What @hono/node-server's serve() does, with the catalogue's revalidations answered before Hono
  // (http/catalogue-fast-path.ts).
  const server = createServer(withCatalogueFastPath(cache, getRequestListener(app.fetch, { hostname: config.host })));
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    console.log(`Palapa is running at http://${host}:${port}/ (started in ${Date.now() - started} ms)`);
  });
  const shutdown = () => {
    server.close();
    void Promise.all([changeFeed.stop(), demoBackends?.close()])
      .then(() => handle.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryError || (error instanceof Error && error.message.startsWith('Invalid configuration'))) {
    console.error(`Palapa cannot start: ${error.message}`);
  } else {
    console.error('Palapa cannot start:', error);
  }
  process.exit(1);
});
