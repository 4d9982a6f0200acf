import { createRoute, z } from '@hono/zod-openapi';
import { localizedTextSchema } from '@palapa/sdk';
import type { Database } from '../db/client';
import { accessLogQuerySchema, listOwnAccessLog } from '../domain/gateway/access-log';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';
import { json } from './staff-schemas';

const accessSchema = z
  .object({
    service: z.object({ slug: z.string(), name: localizedTextSchema }),
    method: z.string(),
    path: z.string().openapi({ description: 'below the service’s back end, without the query' }),
    status: z.number().int(),
    at: z.string(),
  })
  .openapi('AccessLogEntry');

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['gateway'],
  summary: 'Which services received my identity through the gateway, and when (newest first)',
  middleware: [requireRole('signedIn')] as const,
  request: { query: accessLogQuerySchema },
  responses: { 200: json(z.object({ items: z.array(accessSchema), nextCursor: z.string().nullable() }), 'A page of my access log'), ...pickErrors(400, 401) },
});

/** /api/v1/me/access-log: a citizen's own trail of identity passes. */
export function accessLogRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => c.json(await listOwnAccessLog(domainContext(c, deps.db), c.req.valid('query')), 200));
  return app;
}
