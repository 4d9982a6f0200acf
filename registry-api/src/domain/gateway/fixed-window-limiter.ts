/**
 * Counts requests per key in one-minute windows, in this instance's memory. Hand-written because
 * it is twenty lines and the 429 must carry our JSON and a Retry-After; behind a load balancer
 * each instance allows the limit, which is the right order of magnitude for abuse protection.
 */
export class FixedWindowLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`: null when allowed, else the seconds until the window resets. */
  hit(key: string): number | null {
    const now = this.now();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.#windows.size >= 50_000) this.#sweep(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.#windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return null;
    return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  }

  /** Forgets expired windows, so a flood of distinct addresses cannot grow the map for ever. */
  #sweep(now: number) {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    if (this.#windows.size >= 50_000) this.#windows.clear();
  }
}
