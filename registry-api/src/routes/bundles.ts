import { isSlug } from '@palapa/sdk';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Database } from '../db/client';
import type { BundleStore } from '../domain/bundles/bundle-store';
import { readBundleFile } from '../domain/bundles/read-bundle-file';
import { NotFoundError } from '../domain/errors';
import { ifNoneMatchHits } from '../http/etag';

const VERSION = /^[0-9A-Za-z.+-]{1,64}$/;
const FILE_PATH = /^(?!.*\.\.)[\w./@-]{1,300}$/;

/**
 * Plugin files at /bundles/<slug>/<version>/<path>. A version never changes, so its files are
 * cacheable forever by browsers and CDNs; CORS is open because shells on other origins (an OPD
 * developer's local shell) load them too.
 */
export function bundleRoutes(deps: { db: Database; store: BundleStore }) {
  const app = new Hono();
  // Citizens are on mobile data: plugin code travels gzip-compressed (a CDN in front may cache it).
  app.use('*', compress());
  app.get('/:slug/:version/*', async (c) => {
    const { slug, version } = c.req.param();
    const path = c.req.path.split('/').slice(4).join('/');
    const address = { slug, version, path };
    const file =
      isSlug(slug) && VERSION.test(version) && FILE_PATH.test(address.path)
        ? await readBundleFile(deps.db, deps.store, address)
        : null;
    if (!file) throw new NotFoundError(`No bundle file ${slug}/${version}/${path.slice(0, 200)}.`);
    const headers = {
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${file.sha256}"`,
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    };
    if (ifNoneMatchHits(c.req.header('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
    // A Uint8Array is a valid body; the DOM typings only want it backed by a plain ArrayBuffer.
    return new Response(file.content as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': file.contentType } });
  });
  return app;
}
