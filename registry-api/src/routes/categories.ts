import { createRoute, z } from '@hono/zod-openapi';
import { localizedTextSchema } from '@palapa/sdk';
import type { Database } from '../db/client';
import { listCategories } from '../domain/categories/list-categories';
import { createApiRouter } from '../http/api-router';
import { json } from './staff-schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['catalogue'],
  summary: "The catalogue's categories, in the home page's order (public)",
  responses: {
    200: json(z.object({ items: z.array(z.object({ slug: z.string(), name: localizedTextSchema }).openapi('Category')) }), 'Every category'),
  },
});

/** GET /api/v1/categories: what the console's service form offers (the registry decides what exists). */
export function categoryRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => {
    // Categories change with a migration or the seed, rarely: a minute of caching is harmless.
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(await listCategories(deps.db), 200);
  });
  return app;
}
