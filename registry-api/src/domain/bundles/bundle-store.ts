import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { bundleBlobs } from '../../db/schema';

/**
 * Where bundle file contents live, addressed by their SHA-256. The default keeps them in the
 * database (so N registry instances need nothing but PostgreSQL); an object store can implement
 * the same two verbs.
 */
export interface BundleStore {
  /** Stores `content` (once: identical files share one blob) and returns its SHA-256 hex. */
  put(db: Database, content: Uint8Array): Promise<string>;
  get(sha256: string): Promise<Uint8Array | null>;
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Bundles in the `bundle_blobs` table, with a small in-memory cache of hot files. */
export class DatabaseBundleStore implements BundleStore {
  private readonly cache = new Map<string, Uint8Array>();
  private cachedBytes = 0;

  constructor(
    private readonly db: Database,
    private readonly cacheLimitBytes = 64 * 1024 * 1024,
  ) {}

  /** `db` may be a transaction, so the blob lands or not with the version that uses it. */
  async put(db: Database, content: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(content);
    await db.insert(bundleBlobs).values({ sha256, size: content.byteLength, content }).onConflictDoNothing();
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    const hit = this.cache.get(sha256);
    if (hit) return hit;
    const [row] = await this.db
      .select({ content: bundleBlobs.content })
      .from(bundleBlobs)
      .where(eq(bundleBlobs.sha256, sha256));
    if (!row) return null;
    this.remember(sha256, row.content);
    return row.content;
  }

  private remember(sha256: string, content: Uint8Array) {
    // Content-addressed blobs never change, so the cache needs no invalidation, only a size cap.
    if (content.byteLength > this.cacheLimitBytes / 8) return;
    while (this.cachedBytes + content.byteLength > this.cacheLimitBytes) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      this.cachedBytes -= this.cache.get(oldest.value)?.byteLength ?? 0;
      this.cache.delete(oldest.value);
    }
    this.cache.set(sha256, content);
    this.cachedBytes += content.byteLength;
  }
}
