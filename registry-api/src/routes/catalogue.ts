import { isSlug, SERVICE_KINDS } from '@palapa/sdk';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client';
import type { CachedResponse, CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { getPublishedService, listCatalogue, MAX_PAGE_LIMIT, planCatalogueQuery, planKey } from '../domain/catalogue/list-catalogue';
import { InputError, NotFoundError } from '../domain/errors';
import { ifNoneMatchHits } from '../http/etag';
import { onError } from '../http/on-error';
import { SECURITY_HEADERS } from '../http/security-headers';

/** Longer queries are refused: no citizen types 200 characters into a search box. */
export const MAX_QUERY_LENGTH = 200;

const slugParam = z.string().refine(isSlug, 'must be a slug like "cek-pbb"');
export const catalogueQuerySchema = z
  .object({
    category: slugParam.optional().describe('Only services of this category (its slug).'),
    opd: slugParam.optional().describe('Only services of this OPD (its slug).'),
    kind: z.enum(SERVICE_KINDS).optional().describe('Only services of this kind.'),
    q: z
      .string()
      .max(MAX_QUERY_LENGTH)
      .optional()
      .describe('Search words, Bahasa Indonesia or English, over names, keywords, summaries and descriptions; typos are corrected.'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_LIMIT)
      .optional()
      .describe('Page size, 1 to 100. Default 50 with q or cursor; without q, cursor and limit, 500.'),
    cursor: z
      .string()
      .max(2048)
      .regex(/^[A-Za-z0-9_-]+$/, 'must be the nextCursor of a previous page')
      .optional()
      .describe('The nextCursor of the previous page, with the same filters and q.'),
  })
  .strict();
export const slugParamSchema = z.object({ slug: slugParam });

// Short freshness with a long stale window: a CDN absorbs citizens' traffic, while the event
// stream tells open shells about changes at once.
const CATALOGUE_CACHE_CONTROL = 'public, max-age=5, stale-while-revalidate=300';
const JSON_TYPE = 'application/json; charset=utf-8';

export function catalogueRoutes(deps: { db: Database; cache: CatalogueCache }) {
  const app = new Hono();

  app.get('/', (c) => {
    // The hot path, synchronous: a query string answered before is answered again from memory,
    // unparsed, with header objects built when the response was cached.
    const url = c.req.url;
    const at = url.indexOf('?');
    const request = at < 0 ? '' : url.slice(at + 1);
    const ready = deps.cache.peek(request);
    if (ready) return respondCached(c.req.header('if-none-match'), c.req.header('accept-encoding'), ready);
    return answer(c, async () => {
      const parsed = catalogueQuerySchema.safeParse(c.req.query());
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(`Query parameter ${issue?.path.join('.') || '?'} ${issue?.message ?? 'is invalid'}.`, parsed.error.issues);
      }
      const plan = planCatalogueQuery(parsed.data);
      return deps.cache.get(`list:${planKey(plan)}`, () => listCatalogue(deps.db, plan), request);
    });
  });

  app.get('/:slug', (c) =>
    answer(c, async () => {
      const slug = c.req.param('slug');
      if (!isSlug(slug)) throw new NotFoundError(`No service "${slug.slice(0, 80)}" is published in this portal.`);
      return deps.cache.get(`service:${slug}`, () => getPublishedService(deps.db, slug));
    }),
  );

  return app;
}

/**
 * Answers with what `load` finds, or with the error body of what it throws — carrying the security
 * headers either way, so that these routes need no middleware wherever they are mounted.
 */
async function answer(c: Context, load: () => Promise<CachedResponse>): Promise<Response> {
  try {
    return respondCached(c.req.header('if-none-match'), c.req.header('accept-encoding'), await load());
  } catch (error) {
    const response = onError(error instanceof Error ? error : new Error(String(error)), c);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }
}

interface PreparedHeaders {
  identity: Record<string, string>;
  gzip: Record<string, string>;
  notModified: Record<string, string>;
  notModifiedGzip: Record<string, string>;
}

// Header objects are built once per cached response, not per request; plain objects also keep
// @hono/node-server on its fast path (no Headers instance to convert).
const preparedHeaders = new WeakMap<CachedResponse, PreparedHeaders>();

function headersFor(cached: CachedResponse): PreparedHeaders {
  let prepared = preparedHeaders.get(cached);
  if (!prepared) {
    const common = { 'Cache-Control': CATALOGUE_CACHE_CONTROL, Vary: 'Accept-Encoding', ...SECURITY_HEADERS };
    prepared = {
      identity: { 'Content-Type': JSON_TYPE, ETag: cached.etag, ...common },
      gzip: { 'Content-Type': JSON_TYPE, 'Content-Encoding': 'gzip', ETag: cached.gzipEtag, ...common },
      notModified: { ETag: cached.etag, ...common },
      notModifiedGzip: { ETag: cached.gzipEtag, ...common },
    };
    preparedHeaders.set(cached, prepared);
  }
  return prepared;
}

/**
 * The headers of the 304 that answers a request with these If-None-Match and Accept-Encoding, or
 * undefined when the request gets the body. Also used by server.ts's fast path (http/catalogue-fast-path.ts),
 * so that both answer the same 304.
 */
export function notModifiedHeaders(
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
  cached: CachedResponse,
): Record<string, string> | undefined {
  if (ifNoneMatch === undefined) return undefined;
  const gzip = cached.gzip !== null && acceptsGzip(acceptEncoding);
  // Clients send back the tag they were given: compare that first, then parse the header in full.
  const tag = gzip ? cached.gzipEtag : cached.etag;
  if (ifNoneMatch !== cached.gzipEtag && ifNoneMatch !== cached.etag && !ifNoneMatchHits(ifNoneMatch, tag)) return undefined;
  const headers = headersFor(cached);
  return gzip ? headers.notModifiedGzip : headers.notModified;
}

function respondCached(ifNoneMatch: string | undefined, acceptEncoding: string | undefined, cached: CachedResponse) {
  const notModified = notModifiedHeaders(ifNoneMatch, acceptEncoding, cached);
  if (notModified) return new Response(null, { status: 304, headers: notModified });
  const headers = headersFor(cached);
  if (cached.gzip !== null && acceptsGzip(acceptEncoding)) return new Response(cached.gzip, { headers: headers.gzip });
  return new Response(cached.body, { headers: headers.identity });
}

// Browsers send a handful of distinct Accept-Encoding values: parse each once.
const gzipVerdicts = new Map<string, boolean>();

/** Whether Accept-Encoding allows gzip (RFC 9110 §12.5.3): named or `*`, and not with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let verdict = gzipVerdicts.get(header);
  if (verdict === undefined) {
    verdict = parseAcceptsGzip(header);
    if (gzipVerdicts.size >= 64) gzipVerdicts.clear();
    gzipVerdicts.set(header, verdict);
  }
  return verdict;
}

function parseAcceptsGzip(header: string): boolean {
  let wildcard = false;
  for (const part of header.toLowerCase().split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return allowed;
    if (coding === '*') wildcard = allowed;
  }
  return wildcard;
}
