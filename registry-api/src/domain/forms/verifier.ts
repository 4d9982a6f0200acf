import { eq } from 'drizzle-orm';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/client';
import { meta } from '../../db/schema';
import { TRACKING_ALPHABET } from './tracking-code';

const META_KEY = 'forms.verifier-key';
const VERIFIER_LENGTH = 8;

/**
 * The verifier a citizen keeps beside the tracking code is an HMAC of the code under a key of this
 * registry, cut to 8 characters of the tracking alphabet (~40 bits): nothing of it is stored with
 * the request, and an idempotent replay can answer the same verifier again. The key is generated on
 * the first filing and kept in `meta` (like the gateway's), so every instance and restart agrees.
 */
export class VerifierKeys {
  private key: Promise<Buffer> | null = null;
  constructor(private readonly db: Database) {}

  load(): Promise<Buffer> {
    this.key ??= loadOrCreate(this.db).catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }
}

const keysByDatabase = new WeakMap<Database, VerifierKeys>();

/** One key cache per database, so the hot path reads `meta` once per process. */
export function verifierKeys(db: Database): VerifierKeys {
  let keys = keysByDatabase.get(db);
  if (!keys) keysByDatabase.set(db, (keys = new VerifierKeys(db)));
  return keys;
}

export function verifierFor(key: Buffer, trackingCode: string): string {
  const digest = createHmac('sha256', key).update(trackingCode).digest();
  let verifier = '';
  for (let i = 0; i < VERIFIER_LENGTH; i++) verifier += TRACKING_ALPHABET[(digest[i] ?? 0) % TRACKING_ALPHABET.length];
  return verifier;
}

/** Compares in constant time; case and spaces are forgiven (the citizen may have typed it). */
export function verifierMatches(key: Buffer, trackingCode: string, given: string | undefined | null): boolean {
  if (!given || given.length > 40) return false;
  const expected = Buffer.from(verifierFor(key, trackingCode));
  const actual = Buffer.from(given.trim().toUpperCase().replace(/\s+/g, ''));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

async function loadOrCreate(db: Database): Promise<Buffer> {
  await db
    .insert(meta)
    .values({ key: META_KEY, value: { key: randomBytes(32).toString('base64url') } })
    .onConflictDoNothing({ target: meta.key });
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, META_KEY));
  const stored = (row?.value as { key?: unknown } | undefined)?.key;
  if (typeof stored !== 'string' || stored.length < 32) throw new Error(`meta "${META_KEY}" holds no usable key`);
  return Buffer.from(stored, 'base64url');
}
