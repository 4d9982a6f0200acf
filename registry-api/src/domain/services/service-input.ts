// The shapes a publisher sends to create or edit a service, written once: the verbs parse with
// them and the routes declare them in the OpenAPI document.
import { isSlug, localizedListSchema, localizedTextSchema, SERVICE_KINDS } from '@palapa/sdk';
import { z } from 'zod';
import { refineStorableText } from '../storable-text';
import { linkUrlProblem } from './link-embed-input';

export const slugSchema = z
  .string()
  .max(200)
  .refine(isSlug, 'must be a slug like "cek-pbb": lowercase letters, digits and single dashes, at most 64 characters');

/** A short bilingual text (a name, a one-line summary); the SDK's limit suits descriptions, not titles. */
const shortText = (max: number) =>
  z.strictObject({ id: z.string().trim().min(1).max(max), en: z.string().trim().max(max).default('') });
const text = z.strictObject(localizedTextSchema.shape);
const list = z.strictObject(localizedListSchema.shape);

/** The *standar pelayanan* (the SDK's ServiceStandard), with unknown keys refused at every level. */
export const standardSchema = z.strictObject({
  requirements: list,
  procedure: list,
  processingTime: text,
  fee: text,
  product: text,
  complaintChannel: text,
  legalBasis: list,
});

const keywordsSchema = z.array(z.string().trim().toLowerCase().min(1).max(60)).max(30);

export const linkUrlSchema = z
  .string()
  .max(2000)
  .superRefine((value, ctx) => {
    const problem = linkUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const catalogueFields = {
  name: shortText(120),
  summary: shortText(300),
  description: text,
  category: slugSchema.describe('category slug, e.g. "pajak"'),
  keywords: keywordsSchema,
  linkUrl: linkUrlSchema.describe('for link services only: the OPD web app the service opens'),
  standard: standardSchema,
};

export const newServiceSchema = z
  .strictObject({
    slug: slugSchema,
    kind: z.enum(SERVICE_KINDS),
    opd: slugSchema.optional().describe("OPD slug: a publisher's own OPD by default; an admin must give it"),
    ...catalogueFields,
    keywords: keywordsSchema.default([]),
    linkUrl: catalogueFields.linkUrl.optional(),
  })
  .superRefine((service, ctx) => {
    if (service.kind === 'link' && !service.linkUrl) {
      ctx.addIssue({ code: 'custom', path: ['linkUrl'], message: 'a link service needs the https:// URL it opens' });
    }
    if (service.kind !== 'link' && service.linkUrl !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['linkUrl'], message: `only link services have a linkUrl, not ${service.kind} services` });
    }
  })
  .superRefine(refineStorableText);
export type NewService = z.output<typeof newServiceSchema>;

/** What PATCH may change: catalogue fields and the standard, never slug, kind or OPD. */
export const serviceChangesSchema = z
  .strictObject({
    name: catalogueFields.name.optional(),
    summary: catalogueFields.summary.optional(),
    description: catalogueFields.description.optional(),
    category: catalogueFields.category.optional(),
    keywords: catalogueFields.keywords.optional(),
    linkUrl: catalogueFields.linkUrl.optional(),
    standard: standardSchema
      .partial()
      .refine((standard) => Object.keys(standard).length > 0, 'give at least one field of the standard')
      .optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, 'give at least one field to change (slug, kind and opd cannot change)')
  .superRefine(refineStorableText);
export type ServiceChanges = z.output<typeof serviceChangesSchema>;

/** Why an admin switches a service off or on: kept in the audit log and sent to the shells. */
export const reasonSchema = z
  .strictObject({ reason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(500) })
  .superRefine(refineStorableText);
