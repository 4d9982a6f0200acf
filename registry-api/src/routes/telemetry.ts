import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { PLUGIN_FAILURE_PHASES } from '../db/schema';
import { RateLimitedError } from '../domain/errors';
import { FixedWindowLimiter } from '../domain/gateway/fixed-window-limiter';
import { telemetrySettingsFromEnv, type TelemetrySettings } from '../domain/gateway/gateway-settings';
import { failureQuerySchema, listPluginFailures } from '../domain/telemetry/list-failures';
import { failureReportSchema, reportPluginFailure } from '../domain/telemetry/report-failure';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import type { AppEnv } from '../http/app-env';
import type { MiddlewareHandler } from 'hono';
import { json } from './staff-schemas';

const tags = ['telemetry'];
const MAX_REPORT_BYTES = 32 * 1024;

const groupSchema = z
  .object({
    slug: z.string(),
    version: z.string().nullable(),
    phase: z.enum(PLUGIN_FAILURE_PHASES),
    count: z.number().int(),
    lastMessage: z.string(),
    lastAt: z.string(),
    citizenReports: z.number().int(),
  })
  .openapi('PluginFailureGroup');

const reportRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Report a plugin failure seen in a shell (anyone; rate-limited per address)',
  middleware: [limitBody(MAX_REPORT_BYTES)] as const,
  request: { body: { content: { 'application/json': { schema: failureReportSchema } }, required: true } },
  responses: { 202: json(z.object({ accepted: z.literal(true) }), 'Stored'), ...pickErrors(400, 403, 413, 429) },
});
const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Plugin failures grouped by plugin, version and phase, most recent first (admins)',
  middleware: [requireRole('admin')] as const,
  request: { query: failureQuerySchema },
  responses: { 200: json(z.object({ items: z.array(groupSchema) }), 'Failure groups'), ...pickErrors(400, 401, 403) },
});

/** Before the body is read: a flood from one address costs neither parsing nor a write. */
function perAddressLimit(limiter: FixedWindowLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const retryAfter = limiter.hit(c.get('ip') ?? 'unknown');
    if (retryAfter === null) return next();
    const message = `Terlalu banyak laporan; coba lagi dalam ${retryAfter} detik. / Too many reports; retry in ${retryAfter} s.`;
    throw new RateLimitedError(message, retryAfter);
  };
}

/** /api/v1/telemetry/plugin-failures: the shells' failure reports, and the admins' view of them. */
export function telemetryRoutes(deps: { db: Database; settings?: Partial<TelemetrySettings> | undefined }) {
  const settings: TelemetrySettings = { ...telemetrySettingsFromEnv(), ...deps.settings };
  const app = createApiRouter();
  app.use('/', perAddressLimit(new FixedWindowLimiter(settings.ratePerMinute)));
  app.openapi(reportRoute, async (c) => {
    await reportPluginFailure(domainContext(c, deps.db), c.req.valid('json'));
    return c.json({ accepted: true as const }, 202);
  });
  app.openapi(listRoute, async (c) => c.json(await listPluginFailures(domainContext(c, deps.db), c.req.valid('query')), 200));
  return app;
}
