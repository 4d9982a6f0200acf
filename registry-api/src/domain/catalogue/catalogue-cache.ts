import { gzipSync } from 'node:zlib';
import { etagFor } from '../../http/etag';

/** A serialized response, ready to send as it is: no work per request but choosing a variant. */
export interface CachedResponse {
  /** UTF-8 JSON. */
  body: Uint8Array<ArrayBuffer>;
  /** Strong ETag of `body`. */
  etag: string;
  /** `body` gzipped once, or null when it is too small to gain anything. */
  gzip: Uint8Array<ArrayBuffer> | null;
  /** The gzip variant's ETag: the same tag, weak (as nginx does), so one If-None-Match matches both. */
  gzipEtag: string;
}

/** Below this size gzip saves less than its own header costs on the wire. */
const GZIP_MIN_BYTES = 1024;

export function prepareResponse(value: unknown): CachedResponse {
  const body = new TextEncoder().encode(JSON.stringify(value));
  const etag = etagFor(body);
  const gzip = body.length >= GZIP_MIN_BYTES ? Uint8Array.from(gzipSync(body, { level: 6 })) : null;
  return { body, etag, gzip, gzipEtag: `W/${etag}` };
}

/**
 * The catalogue is read far more than it changes, so its serialized responses are kept in memory
 * and dropped on every change. Loads in flight are shared, so a burst after a change queries once.
 * A settled response can also be found by the raw request (its query string), synchronously: the hot
 * path then skips parsing and planning altogether.
 */
export class CatalogueCache {
  private readonly entries = new Map<string, Promise<CachedResponse>>();
  private readonly byRequest = new Map<string, CachedResponse>();
  private generation = 0;
  private bytes = 0;

  constructor(
    private readonly maxEntries = 2000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The settled response for a raw request seen before, if the catalogue has not changed since. */
  peek(request: string): CachedResponse | undefined {
    return this.byRequest.get(request);
  }

  /**
   * The response under `key` (a normalised query), loading it when missing. `request`, when given,
   * is the raw request that led here, remembered for {@link peek} once the response is ready.
   */
  get(key: string, load: () => Promise<unknown>, request?: string): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    const generation = this.generation;
    if (hit) {
      if (request !== undefined) void hit.then((response) => this.remember(request, response, generation), () => {});
      return hit;
    }
    const pending = load().then(prepareResponse);
    if (this.entries.size >= this.maxEntries || this.bytes >= this.maxBytes) this.clear();
    this.entries.set(key, pending);
    const forget = () => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    };
    // A failed load is not cached, nor is one overtaken by a change while it ran (it may be stale).
    pending.then((response) => {
      if (generation !== this.generation) return forget();
      if (this.entries.get(key) === pending) this.bytes += response.body.length + (response.gzip?.length ?? 0);
      if (request !== undefined) this.remember(request, response, generation);
    }, forget);
    return pending;
  }

  invalidate(): void {
    this.generation += 1;
    this.clear();
  }

  private remember(request: string, response: CachedResponse, generation: number) {
    // Long query strings are answered all the same, through the normalised key, just not remembered.
    if (generation !== this.generation || request.length > 4096) return;
    if (this.byRequest.size >= this.maxEntries) this.byRequest.clear();
    this.byRequest.set(request, response);
  }

  private clear() {
    this.entries.clear();
    this.byRequest.clear();
    this.bytes = 0;
  }
}
