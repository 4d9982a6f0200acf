// The gateway's and telemetry's knobs, read from the environment once when the app is built. They
// live beside the gateway rather than in config/config.ts so that the whole feature is one folder;
// a bad value still stops the server at start-up with one sentence naming the variable.
import { z } from 'zod';

const MIB = 1024 * 1024;

const envSchema = z.object({
  PALAPA_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  PALAPA_GATEWAY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  PALAPA_GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * MIB).default(MIB),
  PALAPA_GATEWAY_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).max(500 * MIB).default(10 * MIB),
  PALAPA_GATEWAY_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  PALAPA_GATEWAY_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, 'must have at least 32 characters').optional(),
  ),
  PALAPA_PUBLIC_ORIGIN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .refine((value) => URL.canParse(value) && new URL(value).origin === value, 'must be an origin such as https://palapa.mojokertokota.go.id')
      .optional(),
  ),
  PALAPA_TELEMETRY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(30),
});

export interface GatewaySettings {
  /** How long an upstream may take to answer in full before the citizen gets a 504. */
  timeoutMs: number;
  /** Requests per minute per citizen (signed-in user, else address), per instance. */
  ratePerMinute: number;
  maxBodyBytes: number;
  /** An upstream answer larger than this is a 502, not a stream the registry holds open. */
  maxResponseBytes: number;
  /** How long a resolved service (enabled, active version, upstream) is reused; 0: query every call. */
  cacheMs: number;
  /** The HMAC key for identity headers; without it one is generated once and kept in the `meta` table. */
  secret: string | undefined;
  /** The portal's public origin; without it a request's Origin must match its own Host. */
  publicOrigin: string | undefined;
}

export interface TelemetrySettings {
  /** Reports per minute per address, per instance. */
  ratePerMinute: number;
}

function readEnv(env: NodeJS.ProcessEnv) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function gatewaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const e = readEnv(env);
  return {
    timeoutMs: e.PALAPA_GATEWAY_TIMEOUT_MS,
    ratePerMinute: e.PALAPA_GATEWAY_RATE_LIMIT,
    maxBodyBytes: e.PALAPA_GATEWAY_MAX_BODY_BYTES,
    maxResponseBytes: e.PALAPA_GATEWAY_MAX_RESPONSE_BYTES,
    cacheMs: e.PALAPA_GATEWAY_CACHE_MS,
    secret: e.PALAPA_GATEWAY_SECRET,
    publicOrigin: e.PALAPA_PUBLIC_ORIGIN,
  };
}

export function telemetrySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TelemetrySettings {
  return { ratePerMinute: readEnv(env).PALAPA_TELEMETRY_RATE_LIMIT };
}
