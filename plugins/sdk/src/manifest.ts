import { z } from 'zod';
import { localizedTextSchema } from './localized';
import { remoteNameFor, SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug';

/**
 * The one manifest schema: the CLI validates with it before publishing, the registry before
 * storing, the shell before mounting. `spec` versions the contract so it can evolve without
 * breaking plugins that are already published: a loader dispatches on it.
 */
export const MANIFEST_SPEC = 1;

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** What a plugin may ask of the shell beyond the defaults. An admin approves each one. */
export const PERMISSIONS = ['user.profile'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const pluginManifestSchema = z
  .object({
    spec: z.literal(MANIFEST_SPEC, { message: `spec must be ${MANIFEST_SPEC}` }),
    slug: z
      .string()
      .max(SLUG_MAX_LENGTH)
      .regex(SLUG_PATTERN, 'slug must be lowercase letters, digits and single dashes, e.g. "cek-pbb"'),
    version: z.string().max(64).regex(SEMVER, 'version must be semver, e.g. "1.2.0"'),
    name: localizedTextSchema,
    remote: z.string().max(80),
    entry: z
      .string()
      .max(200)
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.js$/, 'entry must be a relative path to a .js file, e.g. "remoteEntry.js"')
      .default('remoteEntry.js'),
    exposes: z.literal('./plugin').default('./plugin'),
    permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length).default([]),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const expected = remoteNameFor(manifest.slug);
    if (manifest.remote !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['remote'],
        message: `remote must be "${expected}" for slug "${manifest.slug}"`,
      });
    }
  });

/** A validated plugin manifest (`palapa.json`). */
export type PluginManifest = z.infer<typeof pluginManifestSchema>;

/**
 * Validates an unknown value as a plugin manifest and returns it, or the list of problems
 * as human sentences ("remote: remote must be …").
 *
 * @example
 * const result = parseManifest(JSON.parse(text));
 * if (!result.ok) console.error(result.problems.join('\n'));
 */
export function parseManifest(
  value: unknown,
): { ok: true; manifest: PluginManifest } | { ok: false; problems: string[] } {
  const parsed = pluginManifestSchema.safeParse(value);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'manifest'}: ${issue.message}`),
  };
}
