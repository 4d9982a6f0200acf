import { formFields, type FormField } from '@palapa/sdk/forms';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { formDefinitions, formUploads } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { FIELD_KEY_PATTERN } from '@palapa/sdk';
import { loadPublicFormService } from './form-service';
import { cleanFileName, sniffType, tooLarge } from './sniff-type';

export interface UploadSummary {
  id: string;
  name: string;
  type: string;
  size: number;
}

const uploadSchema = z.strictObject({
  slug: slugSchema,
  field: z.string().regex(FIELD_KEY_PATTERN, 'field must be the key of a file field of the form'),
  file: z.instanceof(Blob, { message: 'file must be a file' }),
});

/**
 * A citizen uploads the answer to a file field before filing: the bytes are checked against the
 * field (type sniffed from the content, size) and kept unbound until a filing names the id. The
 * field is looked up in the newest definition version that has it, so a draft started under an
 * older version can still upload; the filing re-checks against its own version.
 */
export async function uploadFormFile(ctx: DomainContext, input: unknown): Promise<UploadSummary> {
  const { slug, field: key, file } = parseInput(uploadSchema, input);
  const service = await loadPublicFormService(ctx.db, slug);
  const field = await findFileField(ctx, service.id, key);
  const limit = (field.maxSizeKb ?? 0) * 1024;
  if (file.size > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await sniffType(bytes, field.accept ?? []);
  const name = cleanFileName(file instanceof File ? file.name : '');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(formUploads)
      .values({ serviceId: service.id, fieldKey: key, name, type, size: bytes.byteLength, content: bytes })
      .returning({ id: formUploads.id });
    if (!row) throw new Error('upload insert returned no row');
    await writeAudit(tx, ctx, { action: 'form.upload', targetType: 'form_upload', targetId: row.id, after: { slug, field: key, type, size: bytes.byteLength } });
    return { id: row.id, name, type, size: bytes.byteLength };
  });
}

async function findFileField(ctx: DomainContext, serviceId: string, key: string): Promise<FormField> {
  const versions = await ctx.db
    .select({ definition: formDefinitions.definition })
    .from(formDefinitions)
    .where(eq(formDefinitions.serviceId, serviceId))
    .orderBy(desc(formDefinitions.version));
  for (const { definition } of versions) {
    const field = formFields(definition).find((candidate) => candidate.key === key);
    if (field?.type === 'file') return field;
  }
  throw new InputError(`field: the form has no file field "${key}".`, [{ field: 'field', message: `no file field "${key}"` }]);
}
