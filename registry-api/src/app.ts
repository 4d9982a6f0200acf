import { Hono } from 'hono';
import type { Database } from './db/client';
import { DatabaseBundleStore, type BundleStore } from './domain/bundles/bundle-store';
import { CatalogueCache } from './domain/catalogue/catalogue-cache';
import type { ChangeFeed } from './domain/events/change-feed';
import { createApiRouter } from './http/api-router';
import { authMiddleware } from './http/auth-middleware';
import { notFoundJson, onError } from './http/on-error';
import { SECURITY_HEADERS } from './http/security-headers';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './domain/versions/bundle-limits';
import { describeCatalogueRoutes } from './routes/catalogue-openapi';
import { authRoutes } from './routes/auth';
import { bundleRoutes } from './routes/bundles';
import { catalogueRoutes } from './routes/catalogue';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { shellRoutes } from './routes/shell-static';
import { tokenRoutes } from './routes/tokens';
import { userRoutes } from './routes/users';
import { auditRoutes } from './routes/audit';
import { opdRoutes } from './routes/opds';
import { serviceRoutes } from './routes/services';
import { versionRoutes } from './routes/versions';
import { apiReferenceRoutes } from './routes/api-reference';
import { accessLogRoutes } from './routes/access-log';
import { gatewayRoutes } from './routes/gateway';
import { gatewayUpstreamRoutes } from './routes/gateway-upstreams';
import { telemetryRoutes } from './routes/telemetry';
import { formDefinitionRoutes } from './routes/forms-definitions';
import { formRoutes } from './routes/forms';
import { myRequestRoutes, requestRoutes } from './routes/requests';
import { officerRequestRoutes } from './routes/requests-officer';
import { categoryRoutes } from './routes/categories';
import { serviceUsageRoutes, usageOverviewRoutes } from './routes/usage';
import { describeUsageReportRoute, usageReportRoutes } from './routes/usage-reports';
import type { GatewaySettings, TelemetrySettings } from './domain/gateway/gateway-settings';

export interface AppDependencies {
  db: Database;
  /** Where the built shell is; omitted in API tests. */
  shellDir?: string | undefined;
  store?: BundleStore;
  cache?: CatalogueCache;
  /** The change feed behind GET /api/v1/events (server.ts starts it); without it there is no stream. */
  changeFeed?: ChangeFeed | undefined;
  /** Tests shorten the event stream's heartbeat. */
  eventsHeartbeatMs?: number | undefined;
  /** How large an uploaded plugin archive may be (PALAPA_MAX_BUNDLE_MB); 10 MiB when omitted. */
  bundleLimits?: BundleLimits;
  /** Origins OPDs may host their own plugin entries on (PALAPA_EXTERNAL_ORIGINS); none when omitted. */
  externalOrigins?: readonly string[];
  /** Gateway and telemetry settings over the environment's (PALAPA_GATEWAY_*, PALAPA_TELEMETRY_*): tests shorten them. */
  gateway?: Partial<GatewaySettings>;
  telemetry?: Partial<TelemetrySettings>;
}

/** What routes get besides the database: call `afterChange` once a mutation that recorded a change event has committed. */
export interface RouteDependencies {
  db: Database;
  store: BundleStore;
  cache: CatalogueCache;
  afterChange: () => void;
  bundleLimits: BundleLimits;
  externalOrigins: readonly string[];
}

/** Builds the whole registry as a value: tests call `app.request(...)`, only server.ts listens. */
export function createApp(deps: AppDependencies) {
  const store = deps.store ?? new DatabaseBundleStore(deps.db);
  const cache = deps.cache ?? new CatalogueCache();
  // This instance's own changes show at once; other instances' arrive through the change feed.
  const routeDeps: RouteDependencies = {
    db: deps.db,
    store,
    cache,
    bundleLimits: deps.bundleLimits ?? DEFAULT_BUNDLE_LIMITS,
    externalOrigins: deps.externalOrigins ?? [],
    afterChange: () => {
      cache.invalidate();
      // Local streams hear of the change now rather than after the NOTIFY round trip.
      void deps.changeFeed?.poke();
    },
  };
  const app = new Hono();
  app.onError(onError);

  // The catalogue is the hot path: it is mounted before the header middleware below, whose
  // `c.header()` after `next()` rebuilds every response, and writes the same headers itself with
  // its cached responses. It needs no session either, so it skips the auth middleware too.
  app.route('/api/v1/catalogue', catalogueRoutes({ db: deps.db, cache }));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });

  const api = createApiRouter();
  api.use('*', authMiddleware(deps.db));
  api.route('/auth', authRoutes(deps));
  api.route('/tokens', tokenRoutes(deps));
  api.route('/users', userRoutes(deps));
  if (deps.changeFeed) api.route('/events', eventRoutes({ feed: deps.changeFeed, heartbeatMs: deps.eventsHeartbeatMs }));
  api.route('/audit', auditRoutes(deps));
  api.route('/opds', opdRoutes(deps));
  api.route('/services', serviceRoutes(routeDeps));
  api.route('/services', versionRoutes(routeDeps));
  api.route('/services', gatewayUpstreamRoutes(deps));
  api.route('/services', formDefinitionRoutes(routeDeps));
  api.route('/services', officerRequestRoutes(routeDeps));
  api.route('/forms', formRoutes(routeDeps));
  api.route('/requests', requestRoutes(routeDeps));
  api.route('/me/requests', myRequestRoutes(routeDeps));
  api.route('/gateway', gatewayRoutes({ db: deps.db, settings: deps.gateway }));
  api.route('/me/access-log', accessLogRoutes(deps));
  api.route('/telemetry/plugin-failures', telemetryRoutes({ db: deps.db, settings: deps.telemetry }));
  // Before `api` (and its session middleware): usage counting never looks at who is counting.
  app.route('/api/v1/telemetry/opens', usageReportRoutes({ db: deps.db, settings: deps.telemetry }));
  describeUsageReportRoute(api);
  api.route('/services', serviceUsageRoutes(deps));
  api.route('/usage', usageOverviewRoutes(deps));
  api.route('/categories', categoryRoutes(deps));
  describeCatalogueRoutes(api);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Palapa registry API',
      version: '1',
      description: 'The catalogue, publishing and governance API of a Palapa public-service portal.',
    },
  });
  api.route('/', apiReferenceRoutes());

  app.route('/healthz', healthRoutes(deps));
  app.route('/api/v1', api);
  app.all('/api/*', notFoundJson);
  app.route('/bundles', bundleRoutes({ db: deps.db, store }));
  if (deps.shellDir) app.route('/', shellRoutes(deps.shellDir));
  app.notFound(notFoundJson);
  return app;
}

export type PalapaApp = ReturnType<typeof createApp>;
