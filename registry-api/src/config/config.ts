import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { externalOriginProblem } from '../domain/versions/external-entry';
import { bundleLimitsFor, MAX_BUNDLE_BYTES, type BundleLimits } from '../domain/versions/bundle-limits';

const MIB = 1024 * 1024;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  // An empty variable (DATABASE_URL= in a shell or .env) means "not set": use PGlite.
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://').optional(),
  ),
  PALAPA_DATA_DIR: z.string().default(resolve(REPO_ROOT, 'data')),
  PALAPA_SHELL_DIR: z.string().default(resolve(REPO_ROOT, 'shell/dist')),
  PALAPA_PLUGINS_DIR: z.string().default(resolve(REPO_ROOT, 'plugins')),
  PALAPA_SEED: z.enum(['demo', 'none']).default('demo'),
  PALAPA_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  PALAPA_PUBLISHER_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  PALAPA_CITIZEN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  PALAPA_MAX_BUNDLE_MB: z.coerce.number().positive().max(200, 'must be at most 200').default(MAX_BUNDLE_BYTES / MIB),
  PALAPA_EXTERNAL_ORIGINS: z
    .string()
    .default('')
    .transform((list, ctx) => {
      const origins = list.split(',').map((item) => item.trim()).filter(Boolean);
      for (const origin of origins) {
        const problem = externalOriginProblem(origin);
        if (problem) ctx.addIssue({ code: 'custom', message: `"${origin}" ${problem}` });
      }
      return origins;
    }),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  shellDir: string;
  pluginsDir: string;
  seed: 'demo' | 'none';
  seedPasswords: { admin: string | undefined; publisher: string | undefined; citizen: string | undefined };
  /** How large an uploaded plugin archive may be. */
  bundleLimits: BundleLimits;
  /** Origins OPDs may host their own plugin entries on (publishing with an external entry URL). */
  externalOrigins: string[];
}

/** Reads the configuration from the environment; a bad value is one sentence naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: resolve(e.PALAPA_DATA_DIR),
    shellDir: resolve(e.PALAPA_SHELL_DIR),
    pluginsDir: resolve(e.PALAPA_PLUGINS_DIR),
    seed: e.PALAPA_SEED,
    seedPasswords: { admin: e.PALAPA_ADMIN_PASSWORD, publisher: e.PALAPA_PUBLISHER_PASSWORD, citizen: e.PALAPA_CITIZEN_PASSWORD },
    bundleLimits: bundleLimitsFor(Math.round(e.PALAPA_MAX_BUNDLE_MB * MIB)),
    externalOrigins: e.PALAPA_EXTERNAL_ORIGINS,
  };
}
