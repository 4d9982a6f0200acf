import { z } from 'zod';
import { formUploads } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { officerRequest, officerService } from './officer-access';
import { cleanFileName, sniffType, tooLarge } from './sniff-type';
import type { UploadSummary } from './upload-file';

export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const inputSchema = z.strictObject({
  slug: slugSchema,
  trackingCode: z.string().max(40),
  file: z.instanceof(Blob, { message: 'file must be a file' }),
});

/**
 * An officer uploads a document for a request (the letter, a scan). It stays the officers' draft
 * until a status move sends it; only then does the citizen see it on the timeline.
 */
export async function attachFile(ctx: DomainContext, input: unknown): Promise<UploadSummary> {
  const { slug, trackingCode, file } = parseInput(inputSchema, input);
  const service = await officerService(ctx, slug);
  const request = await officerRequest(ctx.db, service, trackingCode);
  if (file.size > MAX_ATTACHMENT_BYTES) throw tooLarge(MAX_ATTACHMENT_BYTES);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await sniffType(bytes, ATTACHMENT_TYPES);
  const name = cleanFileName(file instanceof File ? file.name : '');
  const uploadedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(formUploads)
      .values({ serviceId: service.id, fieldKey: null, requestId: request.id, name, type, size: bytes.byteLength, content: bytes, uploadedBy })
      .returning({ id: formUploads.id });
    if (!row) throw new Error('attachment insert returned no row');
    await writeAudit(tx, ctx, { action: 'form.request.attach', targetType: 'form_request', targetId: request.id, after: { trackingCode: request.trackingCode, file: row.id, type, size: bytes.byteLength } });
    return { id: row.id, name, type, size: bytes.byteLength };
  });
}
