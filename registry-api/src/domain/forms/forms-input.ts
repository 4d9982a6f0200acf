// The bodies and queries of the forms API, written once: the verbs parse with them and the routes
// declare them in the OpenAPI document.
import { REQUEST_STATUSES, SKM_ELEMENTS } from '@palapa/sdk/forms';
import { formDefinitionSchema } from '@palapa/sdk';
import { z } from 'zod';
import { refineStorableText } from '../storable-text';

export const publishDefinitionSchema = z.strictObject({
  definition: formDefinitionSchema.superRefine(refineStorableText),
  processingDays: z.number().int().min(1).max(365),
});

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
export const idempotencyKeySchema = z
  .string()
  .regex(IDEMPOTENCY_KEY_PATTERN, 'Idempotency-Key must be 8–100 characters of A–Z, a–z, 0–9, "_" and "-" (a UUID will do)');

export const fileRequestSchema = z.strictObject({
  definitionVersion: z.number().int().min(1).max(1_000_000),
  values: z.record(z.string().max(100), z.unknown()).superRefine(refineStorableText),
});

const trackingCodeText = z.string().trim().min(1).max(40);
const verifierText = z.string().trim().min(1).max(40);

export const statusPollSchema = z.strictObject({
  items: z.array(z.strictObject({ trackingCode: trackingCodeText, verifier: verifierText })).min(1).max(50),
});

export const requestStatusSchema = z.enum(REQUEST_STATUSES);

export const transitionSchema = z.strictObject({
  from: requestStatusSchema,
  to: requestStatusSchema,
  note: z.string().trim().max(2000).optional(),
  attachments: z.array(z.uuid()).max(5).optional(),
});

const skmScore = z.number().int().min(1).max(4);
export const skmScoresSchema = z.strictObject(Object.fromEntries(SKM_ELEMENTS.map(({ key }) => [key, skmScore])) as Record<(typeof SKM_ELEMENTS)[number]['key'], typeof skmScore>);

export const ratingSchema = z.strictObject({
  scores: skmScoresSchema,
  comment: z.string().trim().max(1000).optional(),
});

export const inboxQuerySchema = z.strictObject({
  status: requestStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(400).optional(),
});
