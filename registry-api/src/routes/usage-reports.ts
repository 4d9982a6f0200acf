import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { RateLimitedError } from '../domain/errors';
import { FixedWindowLimiter } from '../domain/gateway/fixed-window-limiter';
import { telemetrySettingsFromEnv, type TelemetrySettings } from '../domain/gateway/gateway-settings';
import { recordUsage, usageReportSchema } from '../domain/usage/record-usage';
import { createApiRouter } from '../http/api-router';
import type { AppEnv } from '../http/app-env';
import { clientIp } from '../http/auth-middleware';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { json } from './staff-schemas';

const MAX_REPORT_BYTES = 1024;

export const usageReportRoute = createRoute({
  method: 'post',
  path: '/telemetry/opens',
  tags: ['telemetry'],
  summary: 'Count one open of a service page, or one start of its form (anyone; rate-limited per address)',
  description: [
    'Sent by the shell with `navigator.sendBeacon`. Only a per-service, per-day counter goes up: no address,',
    'account or visit is stored. The session cookie is never read here, so no CSRF token is needed.',
    'Unknown or disabled services: 404.',
  ].join('\n'),
  middleware: [limitBody(MAX_REPORT_BYTES)] as const,
  request: { body: { content: { 'application/json': { schema: usageReportSchema } }, required: true } },
  responses: { 202: json(z.object({ accepted: z.literal(true) }), 'Counted'), ...pickErrors(400, 404, 413, 429) },
});

/**
 * POST /api/v1/telemetry/opens. Mounted before the session middleware on purpose: counting must
 * not know who is counting, and a signed-in citizen's beacon carries the cookie but cannot carry
 * an X-CSRF-Token header. Forging a count cross-site gains nothing an anonymous client lacks.
 */
export function usageReportRoutes(deps: { db: Database; settings?: Partial<TelemetrySettings> | undefined }) {
  const settings: TelemetrySettings = { ...telemetrySettingsFromEnv(), ...deps.settings };
  // The address is held in memory for one minute to stop floods, and never written anywhere.
  const limiter = new FixedWindowLimiter(settings.ratePerMinute);
  const app = createApiRouter();
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const retryAfter = limiter.hit(clientIp(c) ?? 'unknown');
    if (retryAfter === null) return next();
    throw new RateLimitedError(`Terlalu banyak laporan; coba lagi dalam ${retryAfter} detik. / Too many reports; retry in ${retryAfter} s.`, retryAfter);
  });
  app.openapi({ ...usageReportRoute, path: '/' }, async (c) => {
    await recordUsage(deps.db, c.req.valid('json'));
    return c.json({ accepted: true as const }, 202);
  });
  return app;
}

/** The route lives outside the API router (see above); the OpenAPI document still describes it. */
export function describeUsageReportRoute(api: OpenAPIHono<AppEnv>) {
  const { middleware: _middleware, ...documented } = usageReportRoute;
  api.openAPIRegistry.registerPath(documented);
}
