import type { OpenAPIHono } from '@hono/zod-openapi';
import { catalogueListSchema, serviceDetailSchema } from '@palapa/sdk';
import type { AppEnv } from '../http/app-env';
import { pickErrors } from '../http/error-responses';
import { catalogueQuerySchema, slugParamSchema } from './catalogue';

/**
 * The catalogue routes answer from a cache of serialized bodies, so they are plain Hono handlers;
 * they are described here with the very schemas that validate their input and shape their output.
 */
export function describeCatalogueRoutes(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/catalogue',
    tags: ['catalogue'],
    summary: 'Enabled services, with what the shell needs to render and mount them (ETag, 304)',
    description: [
      'Browse (no `q`): services in catalogue order — category, then Indonesian name, then slug.',
      'Search (`q`): full-text over names, keywords, summaries and descriptions in Bahasa Indonesia and English,',
      'accent-insensitive; the last word also matches as a prefix (search as you type), and a word not in the',
      'catalogue is corrected to its nearest words (`pjak` finds pajak). Best match first, ties by slug.',
      'Every word must match. `category`, `opd` and `kind` filter both.',
      '',
      'Paging: `total` counts all matches; `nextCursor` (opaque) gives the next page when passed back as `cursor`',
      'with the same filters and `q`, or is null on the last page. A cursor of another query is refused (400).',
      'Page size: `limit` (1–100); default 50 with `q` or `cursor`. Without `q`, `cursor` and `limit` the first',
      '500 services come at once — a whole city catalogue, which the shell loads in one request; a larger',
      'catalogue shows a `nextCursor` there too.',
      '',
      'Responses are cached in memory and by HTTP caches (`Cache-Control: public, max-age=5,',
      'stale-while-revalidate=300`, strong `ETag`, `304` on `If-None-Match`); with `Accept-Encoding: gzip` the',
      'body is gzip-compressed (compressed once per change) under the weak form of the same ETag.',
    ].join('\n'),
    request: { query: catalogueQuerySchema },
    responses: {
      200: { description: 'A page of the catalogue', content: { 'application/json': { schema: catalogueListSchema } } },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      ...pickErrors(400),
    },
  });
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/catalogue/{slug}',
    tags: ['catalogue'],
    summary: 'One enabled service with its standar pelayanan',
    request: { params: slugParamSchema },
    responses: {
      200: { description: 'The service', content: { 'application/json': { schema: serviceDetailSchema } } },
      304: { description: 'Not modified' },
      ...pickErrors(404),
    },
  });
}
