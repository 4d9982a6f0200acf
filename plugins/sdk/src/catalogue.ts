import { z } from 'zod';
import { localizedListSchema, localizedTextSchema } from './localized';
import { PERMISSIONS } from './manifest';

/**
 * The catalogue contract between the registry and the shell. The registry builds responses of
 * these shapes; the shell parses them with these schemas before it trusts them.
 */
export const SERVICE_KINDS = ['module', 'form', 'link'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const pluginEntrySchema = z.object({
  /** Where the remote's entry (`remoteEntry.js`) is served. */
  url: z.string().min(1),
  /** SRI hash of the entry, `sha384-…`. */
  integrity: z.string().regex(/^sha384-[A-Za-z0-9+/]+=*$/),
  /** The federation container name, `palapa_<slug>`. */
  remote: z.string().min(1),
  /**
   * What the approved version's manifest asks of the shell (e.g. `user.profile`: the shell hands
   * it the signed-in citizen). Absent in catalogues cached before it existed: read as none.
   */
  permissions: z.array(z.enum(PERMISSIONS)).optional(),
});
export type PluginEntry = z.infer<typeof pluginEntrySchema>;

export const catalogueEntrySchema = z.object({
  slug: z.string(),
  kind: z.enum(SERVICE_KINDS),
  name: localizedTextSchema,
  summary: localizedTextSchema,
  category: z.object({ slug: z.string(), name: localizedTextSchema }),
  opd: z.object({ slug: z.string(), name: z.string() }),
  keywords: z.array(z.string()),
  version: z.string().nullable(),
  entry: pluginEntrySchema.optional(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueListSchema = z.object({
  items: z.array(catalogueEntrySchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type CatalogueList = z.infer<typeof catalogueListSchema>;

/** The *standar pelayanan* every public service publishes (Permenpan RB 15/2014). */
export const serviceStandardSchema = z.object({
  requirements: localizedListSchema,
  procedure: localizedListSchema,
  processingTime: localizedTextSchema,
  fee: localizedTextSchema,
  product: localizedTextSchema,
  complaintChannel: localizedTextSchema,
  legalBasis: localizedListSchema,
});
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

/**
 * The `sandbox` tokens an admin may grant an embedded link service. Never `allow-top-navigation*`
 * (the app could take the citizen's whole tab away from the portal) nor anything not listed.
 */
export const SANDBOX_TOKENS = [
  'allow-scripts',
  'allow-forms',
  'allow-same-origin',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-downloads',
  'allow-modals',
] as const;
export type SandboxToken = (typeof SANDBOX_TOKENS)[number];

/** How a `link` service is embedded in the portal: its iframe's `sandbox` tokens. */
export const linkEmbedSchema = z.object({ sandbox: z.array(z.enum(SANDBOX_TOKENS)) });
export type LinkEmbed = z.infer<typeof linkEmbedSchema>;

export const serviceDetailSchema = catalogueEntrySchema.extend({
  description: localizedTextSchema,
  standard: serviceStandardSchema,
  /** For `link` services: the existing OPD web app. */
  linkUrl: z.string().nullable(),
  /**
   * For `link` services an admin allowed to be embedded: the sandbox it runs in. Null: the app
   * opens in a new tab only. A detail cached before the field existed reads as null.
   */
  linkEmbed: linkEmbedSchema.nullable().default(null),
});
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;

/** Every error the registry returns has this shape. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
