import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { notModifiedHeaders } from '../routes/catalogue';

/** Where the catalogue route is mounted (app.ts). */
const CATALOGUE_PATH = '/api/v1/catalogue';
const QUESTION_MARK = 63;

// The request targets and Host headers that @hono/node-server passes to Hono as they are, unparsed
// (its reValidRequestUrl, reDotSegment and reValidHost): for these, the URL the catalogue route
// slices its query string from is `http://${host}${target}`, so this file finds the same cache entry.
// Anything else takes the ordinary way through Hono.
const PLAIN_TARGET = /^\/[!#$&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * Answers a revalidation of a cached catalogue page (GET with a matching If-None-Match) with its
 * 304 straight from node:http, before Hono builds a Request and a Response for it: the shell and
 * CDNs revalidate the first page all the time, and that request is otherwise mostly framework
 * overhead. The status and headers are those the catalogue route answers (`notModifiedHeaders`),
 * written with the same `writeHead` call @hono/node-server makes. Every other request, and any
 * request whose query string the cache has not answered since the last change, goes to `next`.
 */
export function withCatalogueFastPath(cache: CatalogueCache, next: RequestListener): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const headers = notModified(cache, request);
    if (!headers) return next(request, response);
    response.writeHead(304, headers);
    response.end();
  };
}

function notModified(cache: CatalogueCache, request: IncomingMessage): Record<string, string> | undefined {
  const ifNoneMatch = request.headers['if-none-match'];
  const target = request.url;
  if (ifNoneMatch === undefined || request.method !== 'GET' || target === undefined || !target.startsWith(CATALOGUE_PATH)) return undefined;
  if (target.length > CATALOGUE_PATH.length && target.charCodeAt(CATALOGUE_PATH.length) !== QUESTION_MARK) return undefined;
  const host = request.headers.host;
  if (host === undefined || !PLAIN_HOST.test(host) || !PLAIN_TARGET.test(target) || DOT_SEGMENT.test(target)) return undefined;
  const cached = cache.peek(target.slice(CATALOGUE_PATH.length + 1));
  return cached && notModifiedHeaders(ifNoneMatch, request.headers['accept-encoding'], cached);
}
