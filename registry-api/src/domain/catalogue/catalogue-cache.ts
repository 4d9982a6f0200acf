import { etagFor } from '../../http/etag';

export interface CachedResponse {
  body: string;
  etag: string;
}

/**
 * The catalogue is read far more than it changes, so its serialized responses are kept in memory
 * and dropped on every change. Loads in flight are shared, so a burst after a change queries once.
 */
export class CatalogueCache {
  private readonly entries = new Map<string, Promise<CachedResponse>>();
  private generation = 0;

  constructor(private readonly maxEntries = 2000) {}

  get(key: string, load: () => Promise<unknown>): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const generation = this.generation;
    const pending = load().then((value) => {
      const body = JSON.stringify(value);
      return { body, etag: etagFor(body) };
    });
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, pending);
    const forget = () => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    };
    // A failed load is not cached, nor is one overtaken by a change while it ran (it may be stale).
    pending.then(() => generation !== this.generation && forget(), forget);
    return pending;
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
