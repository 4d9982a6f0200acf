// The response shapes of the forms API (issue 6), for the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { formDefinitionSchema, localizedTextSchema } from '@palapa/sdk';
import { REQUEST_STATUSES } from '@palapa/sdk/forms';

// Not .openapi(): the SDK's schema may be built before @hono/zod-openapi extends zod, depending on import order.
const definition = formDefinitionSchema;
const status = z.enum(REQUEST_STATUSES);
const serviceRef = z.object({ slug: z.string(), name: localizedTextSchema });

export const publishedDefinitionSchema = z
  .object({ version: z.number().int(), definition, processingDays: z.number().int(), createdAt: z.string(), createdBy: z.object({ name: z.string() }) })
  .openapi('FormDefinitionVersion');

export const definitionHistorySchema = z
  .object({
    current: z.object({ version: z.number().int(), definition, processingDays: z.number().int(), createdAt: z.string() }).nullable(),
    versions: z.array(
      z.object({ version: z.number().int(), processingDays: z.number().int(), createdAt: z.string(), createdBy: z.object({ name: z.string() }), requests: z.number().int() }),
    ),
  })
  .openapi('FormDefinitionHistory');

export const publicFormSchema = z
  .object({ slug: z.string(), version: z.number().int(), definition, processingDays: z.number().int() })
  .openapi('PublicForm');

export const fileSummarySchema = z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number().int() }).openapi('FileSummary');

export const filedRequestSchema = z
  .object({
    trackingCode: z.string().openapi({ example: 'MJK-7QK4M9' }),
    verifier: z.string().openapi({ description: 'the secret the citizen keeps to read the request later', example: 'K7QM4P2X' }),
    status,
    dueDate: z.string().openapi({ example: '2026-05-12' }),
    createdAt: z.string(),
    definitionVersion: z.number().int(),
    service: serviceRef,
  })
  .openapi('FiledRequest');

export const requestViewSchema = z
  .object({
    trackingCode: z.string(),
    status,
    dueDate: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    definitionVersion: z.number().int(),
    service: serviceRef,
    definition,
    values: z.record(z.string(), z.unknown()),
    files: z.array(fileSummarySchema),
    timeline: z.array(z.object({ status, note: z.string().nullable(), at: z.string(), attachments: z.array(fileSummarySchema) })),
    rating: z.object({ submittedAt: z.string() }).nullable(),
    canRate: z.boolean(),
    citizen: z.object({ name: z.string(), email: z.string() }).nullable().optional().openapi({ description: 'officers only: who filed it (null: anonymous)' }),
  })
  .openapi('RequestView');

export const statusItemsSchema = z.object({ items: z.array(z.object({ trackingCode: z.string(), status, updatedAt: z.string() })) });

export const myRequestsSchema = z.object({
  items: z.array(z.object({ trackingCode: z.string(), status, dueDate: z.string(), createdAt: z.string(), updatedAt: z.string(), service: serviceRef })),
});

export const inboxSchema = z.object({
  items: z.array(z.object({ trackingCode: z.string(), status, dueDate: z.string(), createdAt: z.string(), updatedAt: z.string(), summary: z.string() })),
  nextCursor: z.string().nullable(),
});

export const satisfactionSchema = z
  .object({
    responses: z.number().int(),
    index: z.number().nullable(),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
    elements: z.record(z.string(), z.number()).nullable(),
  })
  .openapi('SatisfactionIndex');

export const trackingCodeParams = z.object({
  trackingCode: z.string().max(40).openapi({ param: { name: 'trackingCode', in: 'path' }, example: 'MJK-7QK4M9' }),
});

export const verifierHeaders = z.object({
  'x-verifier': z.string().max(40).optional().openapi({ description: 'the verifier given at filing (not needed by the signed-in citizen who filed it)' }),
});

/** Answers can be long (up to 200 fields of up to 10,000 characters), but never unbounded. */
export const MAX_ANSWERS_BODY_BYTES = 4 * 1024 * 1024;
