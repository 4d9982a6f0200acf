import { checkFormValues, formFields, type FieldError, type FormDefinition } from '@palapa/sdk/forms';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { formRequestEvents, formRequests, formUploads } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { DomainError, InputError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { isUniqueViolation } from '../unique-violation';
import { invalidAnswers } from './answer-errors';
import { dueDateFor } from './due-date';
import { toFiledRequest, type FiledRequest } from './filed-request';
import { definitionVersion, loadPublicFormService, type ServiceRow } from './form-service';
import { fileRequestSchema, idempotencyKeySchema } from './forms-input';
import { requestFingerprint } from './request-fingerprint';
import { newTrackingCode } from './tracking-code';
import { verifierKeys } from './verifier';

const inputSchema = z.strictObject({ slug: slugSchema, idempotencyKey: idempotencyKeySchema, body: fileRequestSchema });
const MAX_CODE_ATTEMPTS = 5;

export interface FilingOutcome {
  /** false for a replay of an earlier filing with the same key (HTTP 200 instead of 201). */
  created: boolean;
  request: FiledRequest;
}

/**
 * Files a request. Safe to retry: the unique (service, Idempotency-Key) constraint has the last word,
 * so of two identical submissions racing each other one inserts and the other answers its request.
 * The request, its first timeline entry, the binding of its uploads and the audit row are one
 * transaction: a filing is either all there or not at all.
 */
export async function fileRequest(ctx: DomainContext, input: unknown): Promise<FilingOutcome> {
  const { slug, idempotencyKey, body } = parseInput(inputSchema, input);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const fingerprint = requestFingerprint(userId, body.definitionVersion, body.values);
  const service = await loadPublicFormService(ctx.db, slug);
  const replay = await findReplay(ctx.db, service, idempotencyKey, fingerprint);
  if (replay) return replay;

  const definition = await definitionVersion(ctx.db, service.id, body.definitionVersion);
  if (!definition) {
    throw new InputError(`definitionVersion: "${slug}" has no definition version ${body.definitionVersion}; load the form again.`, [
      { field: 'definitionVersion', message: `no version ${body.definitionVersion}` },
    ]);
  }
  const checked = checkFormValues(definition.definition, body.values);
  const errors: Record<string, FieldError> = { ...checked.errors, ...(await checkUploads(ctx.db, service.id, definition.definition, checked.values)) };
  if (Object.keys(errors).length > 0) throw invalidAnswers(errors);
  const uploadIds = fileAnswers(definition.definition, checked.values).map(([, id]) => id);
  const key = await verifierKeys(ctx.db).load();

  for (let attempt = 1; ; attempt++) {
    const filedAt = new Date();
    const values = {
      trackingCode: newTrackingCode(),
      serviceId: service.id,
      definitionVersion: definition.version,
      userId,
      idempotencyKey,
      requestFingerprint: fingerprint,
      values: checked.values,
      dueDate: dueDateFor(filedAt, definition.processingDays),
      createdAt: filedAt,
      updatedAt: filedAt,
    };
    try {
      const request = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.insert(formRequests).values(values).returning();
        if (!row) throw new Error('request insert returned no row');
        await tx.insert(formRequestEvents).values({ requestId: row.id, status: 'diterima', at: filedAt });
        if (uploadIds.length > 0) {
          const bound = await tx
            .update(formUploads)
            .set({ requestId: row.id })
            .where(and(inArray(formUploads.id, uploadIds), isNull(formUploads.requestId)))
            .returning({ id: formUploads.id });
          // Another filing took an upload between the check and here: nothing of this one stays.
          if (bound.length !== new Set(uploadIds).size) throw invalidAnswers(lostUploads(definition.definition, checked.values, bound.map((b) => b.id)));
        }
        await writeAudit(tx, ctx, {
          action: 'form.request.file',
          targetType: 'form_request',
          targetId: row.id,
          after: { slug, trackingCode: row.trackingCode, definitionVersion: row.definitionVersion },
        });
        return row;
      });
      return { created: true, request: toFiledRequest(key, request, service) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either the same key won a race (answer its request) or the tracking code collided (draw again).
      const raced = await findReplay(ctx.db, service, idempotencyKey, fingerprint);
      if (raced) return raced;
      if (attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}

async function findReplay(db: Database, service: ServiceRow, idempotencyKey: string, fingerprint: string): Promise<FilingOutcome | null> {
  const [existing] = await db
    .select()
    .from(formRequests)
    .where(and(eq(formRequests.serviceId, service.id), eq(formRequests.idempotencyKey, idempotencyKey)))
    .limit(1);
  if (!existing) return null;
  if (existing.requestFingerprint !== fingerprint) {
    throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used for a different submission; send a new key for new answers.');
  }
  return { created: false, request: toFiledRequest(await verifierKeys(db).load(), existing, service) };
}

/** The (field key, upload id) of every file answer. */
function fileAnswers(definition: FormDefinition, values: Record<string, unknown>): [string, string][] {
  return formFields(definition)
    .filter((field) => field.type === 'file' && typeof values[field.key] === 'string')
    .map((field) => [field.key, values[field.key] as string]);
}

/** Each file answer must name an unbound upload of this service and field that suits this version's field. */
async function checkUploads(db: Database, serviceId: string, definition: FormDefinition, values: Record<string, unknown>): Promise<Record<string, FieldError>> {
  const answers = fileAnswers(definition, values);
  if (answers.length === 0) return {};
  const rows = await db
    .select({ id: formUploads.id, serviceId: formUploads.serviceId, fieldKey: formUploads.fieldKey, type: formUploads.type, size: formUploads.size, requestId: formUploads.requestId })
    .from(formUploads)
    .where(inArray(formUploads.id, answers.map(([, id]) => id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const fields = new Map(formFields(definition).map((field) => [field.key, field]));
  const errors: Record<string, FieldError> = {};
  const seen = new Set<string>();
  for (const [key, id] of answers) {
    const upload = byId.get(id);
    const field = fields.get(key);
    const fits =
      upload &&
      field &&
      !seen.has(id) &&
      upload.serviceId === serviceId &&
      upload.fieldKey === key &&
      upload.requestId === null &&
      (field.accept ?? []).includes(upload.type) &&
      upload.size <= (field.maxSizeKb ?? 0) * 1024;
    if (!fits) errors[key] = { code: 'badFile' };
    seen.add(id);
  }
  return errors;
}

function lostUploads(definition: FormDefinition, values: Record<string, unknown>, bound: string[]): Record<string, FieldError> {
  const kept = new Set(bound);
  return Object.fromEntries(fileAnswers(definition, values).filter(([, id]) => !kept.has(id)).map(([key]) => [key, { code: 'badFile' as const }]));
}
