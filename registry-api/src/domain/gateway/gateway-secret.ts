import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { meta } from '../../db/schema';

const META_KEY = 'gateway.secret';

/**
 * The HMAC key for identity headers: PALAPA_GATEWAY_SECRET when set, else one generated on first
 * use and kept in the `meta` table, so every instance and every restart signs with the same key.
 * `on conflict do nothing` then a read: two instances starting together agree on one key.
 */
export function gatewaySecretSource(db: Database, configured: string | undefined): () => Promise<string> {
  let secret: Promise<string> | null = configured ? Promise.resolve(configured) : null;
  return () => {
    secret ??= loadOrCreate(db).catch((error: unknown) => {
      secret = null;
      throw error;
    });
    return secret;
  };
}

async function loadOrCreate(db: Database): Promise<string> {
  await db
    .insert(meta)
    .values({ key: META_KEY, value: { secret: randomBytes(32).toString('base64url') } })
    .onConflictDoNothing({ target: meta.key });
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, META_KEY));
  const stored = (row?.value as { secret?: unknown } | undefined)?.secret;
  if (typeof stored !== 'string' || stored.length < 32) throw new Error(`meta "${META_KEY}" holds no usable secret`);
  return stored;
}
