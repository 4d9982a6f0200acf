import { and, eq, isNotNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { formUploads } from '../../db/schema';
import type { DomainContext } from '../context';
import { NotFoundError } from '../errors';
import { parseInput } from '../parse-input';
import { accessRequest } from './request-access';
import { verifierKeys } from './verifier';

const inputSchema = z.strictObject({ trackingCode: z.string().max(40), fileId: z.string().max(100), verifier: z.string().max(40).optional() });

export interface StoredFile {
  name: string;
  type: string;
  content: Uint8Array;
}

/**
 * A file of a request: the citizen's answers and the officers' attachments to its timeline, for the
 * citizen (verifier or owner) and the staff of its OPD. An officer's attachment not yet sent with
 * a status move is the officers' draft: only staff see it.
 */
export async function readRequestFile(ctx: DomainContext, input: unknown): Promise<StoredFile> {
  const { trackingCode, fileId, verifier } = parseInput(inputSchema, input);
  const request = await accessRequest(ctx.db, trackingCode, { actor: ctx.actor, verifier, staffToo: true, keys: verifierKeys(ctx.db) });
  const isStaff = ctx.actor.kind === 'user' && ctx.actor.role !== 'citizen' && request.userId !== ctx.actor.userId;
  const notFound = new NotFoundError(`No file ${fileId.slice(0, 40)} in request ${request.trackingCode}.`);
  if (!z.uuid().safeParse(fileId).success) throw notFound;
  const visible = isStaff ? undefined : or(isNotNull(formUploads.fieldKey), isNotNull(formUploads.eventId));
  const [file] = await ctx.db
    .select({ name: formUploads.name, type: formUploads.type, content: formUploads.content })
    .from(formUploads)
    .where(and(eq(formUploads.id, fileId), eq(formUploads.requestId, request.id), visible));
  if (!file) throw notFound;
  return file;
}
