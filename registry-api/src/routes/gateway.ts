// ALL /api/v1/gateway/<slug>/<path…>: the service gateway ("sistem penghubung layanan"). A plugin
// calls its OPD's back end through the portal's own origin; the gateway forwards to the upstream
// an admin approved, adds the citizen's signed identity only where the active version's manifest
// asks for `user.profile`, and records each such pass in the citizen's access log.
import { isSlug } from '@palapa/sdk';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database } from '../db/client';
import { recordAccess } from '../domain/gateway/access-log';
import { FixedWindowLimiter } from '../domain/gateway/fixed-window-limiter';
import { clientResponseHeaders, upstreamRequestHeaders } from '../domain/gateway/forward-headers';
import { forwardRequest, UpstreamFailure } from '../domain/gateway/forward-request';
import { checkForwardPath, forwardTarget, gatewayLocation } from '../domain/gateway/forward-target';
import { gatewaySecretSource } from '../domain/gateway/gateway-secret';
import { gatewaySettingsFromEnv, type GatewaySettings } from '../domain/gateway/gateway-settings';
import { identitySigner } from '../domain/gateway/identity-headers';
import { resolveGatewayTarget } from '../domain/gateway/resolve-service';
import { GatewayTargetCache } from '../domain/gateway/target-cache';
import { NotFoundError, RateLimitedError } from '../domain/errors';
import type { AppEnv } from '../http/app-env';
import { limitBody } from '../http/limit-body';

/** Methods fetch refuses to send (and no plugin needs). */
const UNFORWARDABLE = new Set(['CONNECT', 'TRACE', 'TRACK']);
const BODILESS_STATUS = new Set([101, 204, 205, 304]);

export interface GatewayRouteDependencies {
  db: Database;
  /** Overrides of the environment's settings (tests shorten the timeout, lower the limits). */
  settings?: Partial<GatewaySettings> | undefined;
}

function gatewayError(c: Context, status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) {
  return c.json({ error: { code, message } }, status, headers);
}

/**
 * Same origin only: the shell's plugins call the gateway from the portal's own pages. No CORS
 * header is ever granted, and a request that a browser marks as coming from elsewhere is refused
 * before anything else happens, so another site cannot use a citizen's session through it.
 */
function sameOriginOnly(publicOrigin: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    let foreign = site !== undefined && site !== 'same-origin' && site !== 'none';
    if (!foreign && origin !== undefined) {
      if (publicOrigin) foreign = origin !== publicOrigin;
      else {
        const host = c.req.header('host') ?? new URL(c.req.url).host;
        foreign = !URL.canParse(origin) || new URL(origin).host !== host;
      }
    }
    if (foreign) {
      return gatewayError(c, 403, 'forbidden', 'Gateway hanya untuk halaman portal ini sendiri. / The gateway serves this portal’s own pages only (cross-origin request refused).');
    }
    await next();
  };
}

/** Per citizen: the signed-in user, else the client address. */
function perCitizenLimit(limiter: FixedWindowLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    const key = actor.kind === 'user' ? `user:${actor.userId}` : `ip:${c.get('ip') ?? 'unknown'}`;
    const retryAfter = limiter.hit(key);
    if (retryAfter !== null) {
      throw new RateLimitedError(`Terlalu banyak permintaan; coba lagi dalam ${retryAfter} detik. / Too many requests; retry in ${retryAfter} s.`, retryAfter);
    }
    await next();
  };
}

/** The raw (still percent-encoded) path after `/gateway/<slug>`, with the mount prefix and slug. */
function splitRawPath(url: URL) {
  const match = /^(.*?\/gateway\/)([^/]*)(.*)$/.exec(url.pathname);
  if (!match) throw new NotFoundError('No gateway route.');
  return { prefix: `${match[1]}${match[2]}`, slug: match[2] ?? '', tail: match[3] ?? '' };
}

export function gatewayRoutes(deps: GatewayRouteDependencies) {
  const settings: GatewaySettings = { ...gatewaySettingsFromEnv(), ...deps.settings };
  const limiter = new FixedWindowLimiter(settings.ratePerMinute);
  const secret = gatewaySecretSource(deps.db, settings.secret);
  const targets = new GatewayTargetCache(settings.cacheMs);
  const identityHeaders = identitySigner(deps.db, settings.cacheMs);
  const app = new Hono<AppEnv>();

  app.all('/:slug/*', sameOriginOnly(settings.publicOrigin), perCitizenLimit(limiter), limitBody(settings.maxBodyBytes), async (c) => {
    const method = c.req.method.toUpperCase();
    if (UNFORWARDABLE.has(method)) return gatewayError(c, 405, 'method_not_allowed', `Metode ${method} tidak diteruskan. / ${method} is not forwarded.`);
    const requested = new URL(c.req.url);
    const { prefix, slug, tail } = splitRawPath(requested);
    if (!isSlug(slug)) throw new NotFoundError(`Layanan "${slug.slice(0, 80)}" tidak ditemukan. / No service "${slug.slice(0, 80)}".`);
    checkForwardPath(tail, requested.search);
    const headers = upstreamRequestHeaders(c.req.raw.headers, c.get('ip'));
    const target = await targets.get(slug, (key) => resolveGatewayTarget(deps.db, key));
    const { url, tail: loggedPath } = forwardTarget(target.upstream, tail, requested.search);

    const actor = c.get('actor');
    let identifiedUser: string | null = null;
    if (target.sharesIdentity && actor.kind === 'user' && actor.via === 'session') {
      const signed = await identityHeaders({ userId: actor.userId, method, path: `${url.pathname}${url.search}`, secret: await secret() });
      if (signed) {
        for (const [name, value] of Object.entries(signed)) headers.set(name, value);
        identifiedUser = actor.userId;
      }
    }
    const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await c.req.arrayBuffer());

    let status: number;
    let response: Response;
    try {
      const answer = await forwardRequest(url, { method, headers, body, timeoutMs: settings.timeoutMs, maxResponseBytes: settings.maxResponseBytes });
      const outgoing = clientResponseHeaders(answer.headers);
      const location = answer.headers.get('location');
      outgoing.delete('location');
      const rewritten = location === null ? null : gatewayLocation(location, url, target.upstream, prefix);
      if (rewritten !== null) outgoing.set('location', rewritten);
      status = answer.status;
      const bodiless = BODILESS_STATUS.has(status) || method === 'HEAD';
      response = new Response(bodiless ? null : (answer.body as Uint8Array<ArrayBuffer>), { status, headers: outgoing });
    } catch (error) {
      if (!(error instanceof UpstreamFailure)) throw error;
      console.warn(`[gateway] ${slug} ${method} ${loggedPath}: ${error.kind} (${error.message})`);
      status = error.kind === 'timeout' ? 504 : 502;
      response =
        error.kind === 'timeout'
          ? gatewayError(c, 504, 'upstream_timeout', `Back end layanan "${slug}" tidak menjawab tepat waktu. / The service's back end did not answer in time.`)
          : gatewayError(c, 502, 'bad_gateway', `Back end layanan "${slug}" tidak dapat dihubungi atau jawabannya tidak sah. / The service's back end is unreachable or answered badly.`);
    }
    // An answer made for one citizen must not be kept by a shared cache and served to another.
    if (identifiedUser) response.headers.set('Cache-Control', 'private, no-store');
    if (identifiedUser) await recordAccess(deps.db, { userId: identifiedUser, serviceId: target.serviceId, method, path: loggedPath, status });
    return response;
  });

  return app;
}
