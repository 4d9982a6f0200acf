import { createRoute, z } from '@hono/zod-openapi';
import { localizedTextSchema, SERVICE_KINDS } from '@palapa/sdk';
import type { Database } from '../db/client';
import { getServiceUsage, serviceUsageQuerySchema } from '../domain/usage/service-usage';
import { listUsageOverview, usageOverviewQuerySchema } from '../domain/usage/usage-overview';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';
import { json, slugParams } from './staff-schemas';

const tags = ['usage'];
const count = z.number().int().min(0);

const serviceUsageSchema = z
  .object({
    days: z.array(z.object({ date: z.string().openapi({ example: '2026-11-23' }), opens: count, formStarts: count, requests: count })),
    totals: z.object({
      opens: count,
      formStarts: count,
      requests: count,
      completion: z.number().nullable().openapi({ description: 'requests filed ÷ opens, for form services opened at least once; else null' }),
    }),
  })
  .openapi('ServiceUsage');

const usageSummarySchema = z
  .object({
    slug: z.string(),
    name: localizedTextSchema,
    kind: z.enum(SERVICE_KINDS),
    enabled: z.boolean(),
    opd: z.object({ slug: z.string(), name: z.string() }),
    opens: count,
    formStarts: count,
    requests: count,
  })
  .openapi('ServiceUsageSummary');

const serviceUsageRoute = createRoute({
  method: 'get',
  path: '/{slug}/usage',
  tags,
  summary: "A service's opens, form starts and filed requests per day (Asia/Jakarta), oldest first (its OPD's publishers, admins)",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams, query: serviceUsageQuerySchema },
  responses: { 200: json(serviceUsageSchema, 'Usage per day and in total'), ...pickErrors(400, 401, 403, 404) },
});

const overviewRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Every service by opens in the last `days` days, most opened first, a page at a time (admins)',
  middleware: [requireRole('admin')] as const,
  request: { query: usageOverviewQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(usageSummarySchema), nextCursor: z.string().nullable() }), 'A page of services with their usage'),
    ...pickErrors(400, 401, 403),
  },
});

/** GET /api/v1/services/{slug}/usage (mounted under /services). */
export function serviceUsageRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(serviceUsageRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, days: c.req.valid('query').days };
    return c.json(await getServiceUsage(domainContext(c, deps.db), input), 200);
  });
  return app;
}

/** GET /api/v1/usage (mounted under /usage). */
export function usageOverviewRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(overviewRoute, async (c) => c.json(await listUsageOverview(domainContext(c, deps.db), c.req.valid('query')), 200));
  return app;
}
