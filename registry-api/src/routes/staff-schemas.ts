// The response shapes of the publishing and governance API, for the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { linkEmbedSchema, localizedTextSchema, SERVICE_KINDS, serviceStandardSchema } from '@palapa/sdk';
import { versionAddressSchema } from '../domain/versions/version-input';
import { slugSchema } from '../domain/services/service-input';

export const staffServiceSchema = z
  .object({
    slug: z.string(),
    kind: z.enum(SERVICE_KINDS),
    name: localizedTextSchema,
    summary: localizedTextSchema,
    description: localizedTextSchema,
    category: z.object({ slug: z.string(), name: localizedTextSchema }),
    opd: z.object({ slug: z.string(), name: z.string() }),
    keywords: z.array(z.string()),
    linkUrl: z.string().nullable(),
    linkEmbed: linkEmbedSchema.nullable().openapi({ description: "a link service's iframe sandbox (set by admins); null: opened in a new tab only" }),
    standard: serviceStandardSchema,
    enabled: z.boolean(),
    activeVersion: z.string().nullable().openapi({ description: 'the version citizens get; null before the first activation' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('StaffService');

export const versionSummarySchema = z
  .object({
    version: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    active: z.boolean(),
    entryUrl: z.string(),
    integrity: z.string(),
    sizeBytes: z.number().int(),
    permissions: z.array(z.string()),
    manifest: z.record(z.string(), z.unknown()).openapi({ description: 'the published palapa.json manifest' }),
    publishedBy: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('PluginVersion');

export const slugParams = z.object({ slug: slugSchema.openapi({ param: { name: 'slug', in: 'path' }, example: 'cek-pbb' }) });
export const versionParams = versionAddressSchema;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** JSON bodies of this API are small; a bigger one is refused before it is parsed. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
