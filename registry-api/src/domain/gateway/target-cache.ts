import type { GatewayTarget } from './resolve-service';

/**
 * Resolved gateway targets, kept for a moment. Without it every forwarded call costs a database
 * query, which on the embedded PGlite runs on the same thread as the HTTP server. The price is
 * that a kill switch, a rollback or a new upstream reaches the gateway up to `ttlMs` later (1 s
 * by default; the shells hear of a kill switch within seconds anyway). Refusals are not kept, so
 * a service that becomes usable is usable at once.
 */
export class GatewayTargetCache {
  readonly #entries = new Map<string, { target: GatewayTarget; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(slug: string, resolve: (slug: string) => Promise<GatewayTarget>): Promise<GatewayTarget> {
    if (this.ttlMs <= 0) return resolve(slug);
    const now = this.now();
    const entry = this.#entries.get(slug);
    if (entry && entry.expiresAt > now) return entry.target;
    const target = await resolve(slug);
    if (this.#entries.size >= 10_000) this.#entries.clear();
    this.#entries.set(slug, { target, expiresAt: now + this.ttlMs });
    return target;
  }
}
