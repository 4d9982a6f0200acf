/**
 * Reads a report from the request, JSON (photo base64) or multipart/form-data (photo a file), and
 * checks it again whatever the plugin checked: the back end trusts no client.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ADDRESS_MAX, ALL_KELURAHAN, CATEGORIES, DESCRIPTION_MAX, DESCRIPTION_MIN, TOPICS, type ComplaintDraft, type Kelurahan } from '../../src/complaint';
import { checkPhoto, decodeBase64, type Photo, type PhotoProblem } from './photo';

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max).optional());

const draftSchema = z.object({
  category: z.enum(CATEGORIES),
  topic: z.enum(TOPICS),
  description: z.string().trim().min(DESCRIPTION_MIN).max(DESCRIPTION_MAX),
  kelurahan: z.enum(ALL_KELURAHAN as [Kelurahan, ...Kelurahan[]]),
  address: optionalText(ADDRESS_MAX),
  // Kota Mojokerto and around: a point far away is a mistake, not a report.
  coordinates: z.object({ lat: z.number().min(-7.6).max(-7.35), lng: z.number().min(112.35).max(112.55) }).strict().optional(),
});

export type InputProblem = { code: 'invalid_report'; issues: Array<{ field: string; message: string }> } | { code: PhotoProblem | 'photo_encoding'; issues?: undefined };

export type ReadInput = { ok: true; draft: ComplaintDraft; photo: Photo | null; fingerprint: string } | { ok: false; problem: InputProblem };

function fingerprintOf(draft: ComplaintDraft, photo: Photo | null): string {
  const hash = createHash('sha256').update(JSON.stringify([draft.category, draft.topic, draft.description, draft.kelurahan, draft.address ?? null, draft.coordinates ?? null]));
  if (photo) hash.update(photo.bytes);
  return hash.digest('hex');
}

function parseDraft(raw: unknown, photoBytes: Uint8Array | null | 'bad-encoding'): ReadInput {
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problem: { code: 'invalid_report', issues: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) } };
  }
  if (photoBytes === 'bad-encoding') return { ok: false, problem: { code: 'photo_encoding' } };
  let photo: Photo | null = null;
  if (photoBytes) {
    const checked = checkPhoto(photoBytes);
    if (!checked.ok) return { ok: false, problem: { code: checked.problem } };
    photo = checked.photo;
  }
  return { ok: true, draft: parsed.data, photo, fingerprint: fingerprintOf(parsed.data, photo) };
}

/** JSON: `{ ...draft, photo?: { base64 } }`. */
export function readJsonReport(body: unknown): ReadInput {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { photo, ...rest } = record;
  let bytes: Uint8Array | null | 'bad-encoding' = null;
  if (photo !== undefined && photo !== null) {
    const base64 = (photo as { base64?: unknown }).base64;
    bytes = typeof base64 === 'string' ? (decodeBase64(base64) ?? 'bad-encoding') : 'bad-encoding';
  }
  return parseDraft(rest, bytes);
}

/** multipart/form-data: text fields, `lat`/`lng` as numbers, and an optional `photo` file. */
export async function readMultipartReport(form: FormData): Promise<ReadInput> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const lat = text('lat');
  const lng = text('lng');
  const raw = {
    category: text('category'),
    topic: text('topic'),
    description: text('description'),
    kelurahan: text('kelurahan'),
    address: text('address'),
    coordinates: lat !== undefined && lng !== undefined && lat !== '' && lng !== '' ? { lat: Number(lat), lng: Number(lng) } : undefined,
  };
  const file = form.get('photo');
  const bytes = file instanceof Blob && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  return parseDraft(raw, bytes);
}
