import { isSlug, SERVICE_KINDS } from '@palapa/sdk';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client';
import type { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { getPublishedService, listCatalogue } from '../domain/catalogue/list-catalogue';
import { InputError, NotFoundError } from '../domain/errors';
import { ifNoneMatchHits } from '../http/etag';

const slugParam = z.string().refine(isSlug, 'must be a slug like "cek-pbb"');
export const catalogueQuerySchema = z
  .object({ category: slugParam.optional(), opd: slugParam.optional(), kind: z.enum(SERVICE_KINDS).optional() })
  .strict();
export const slugParamSchema = z.object({ slug: slugParam });
const listQuery = catalogueQuerySchema;

// Short freshness with a long stale window: a CDN absorbs citizens' traffic, while the event
// stream tells open shells about changes at once.
const CATALOGUE_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=300';

export function catalogueRoutes(deps: { db: Database; cache: CatalogueCache }) {
  const app = new Hono();

  app.get('/', async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`Query parameter ${issue?.path.join('.') || '?'} ${issue?.message ?? 'is invalid'}.`, parsed.error.issues);
    }
    const key = `list:${JSON.stringify(parsed.data)}`;
    const cached = await deps.cache.get(key, () => listCatalogue(deps.db, parsed.data));
    return respondCached(c.req.header('if-none-match'), cached);
  });

  app.get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (!isSlug(slug)) throw new NotFoundError(`No service "${slug.slice(0, 80)}" is published in this portal.`);
    const cached = await deps.cache.get(`service:${slug}`, () => getPublishedService(deps.db, slug));
    return respondCached(c.req.header('if-none-match'), cached);
  });

  return app;
}

function respondCached(ifNoneMatch: string | undefined, cached: { body: string; etag: string }) {
  const headers = { ETag: cached.etag, 'Cache-Control': CATALOGUE_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (ifNoneMatchHits(ifNoneMatch, cached.etag)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
