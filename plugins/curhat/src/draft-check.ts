/**
 * Checks the report form before anything is sent, so the citizen learns what to fix next to the
 * field (the back end checks again). Pure functions over what the inputs hold.
 */
import {
  ADDRESS_MAX,
  ALL_KELURAHAN,
  CATEGORIES,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  PHOTO_MAX_BYTES,
  TOPICS,
  TRACKING_CODE_PATTERN,
  VERIFIER_PATTERN,
  type Category,
  type ComplaintDraft,
  type Coordinates,
  type Kelurahan,
  type PhotoType,
  type Topic,
} from './complaint';

export interface FormValues {
  category: string;
  topic: string;
  description: string;
  kelurahan: string;
  address: string;
  coordinates: Coordinates | null;
}

export type DraftField = 'category' | 'topic' | 'description' | 'kelurahan' | 'address' | 'photo' | 'location' | 'code' | 'verifier';

export type DraftProblem = {
  field: DraftField;
  problem:
    | 'category'
    | 'topic'
    | 'description-short'
    | 'description-long'
    | 'kelurahan'
    | 'address-long'
    | 'photo-type'
    | 'photo-size'
    | 'location-denied'
    | 'location-unavailable'
    | 'location-outside'
    | 'code'
    | 'verifier';
  /** For length problems: how many characters were typed. */
  count?: number;
};

export type DraftCheck = { ok: true; draft: ComplaintDraft } | { ok: false; problems: DraftProblem[] };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Characters as the citizen counts them (an emoji is one), not UTF-16 units. */
export const characterCount = (text: string): number => [...text.trim()].length;

export function checkDraft(values: FormValues): DraftCheck {
  const problems: DraftProblem[] = [];
  if (!isOneOf<Category>(CATEGORIES, values.category)) problems.push({ field: 'category', problem: 'category' });
  if (!isOneOf<Topic>(TOPICS, values.topic)) problems.push({ field: 'topic', problem: 'topic' });
  const count = characterCount(values.description);
  if (count < DESCRIPTION_MIN) problems.push({ field: 'description', problem: 'description-short', count });
  if (count > DESCRIPTION_MAX) problems.push({ field: 'description', problem: 'description-long', count });
  if (!isOneOf<Kelurahan>(ALL_KELURAHAN, values.kelurahan)) problems.push({ field: 'kelurahan', problem: 'kelurahan' });
  if (characterCount(values.address) > ADDRESS_MAX) problems.push({ field: 'address', problem: 'address-long' });
  if (problems.length > 0) return { ok: false, problems };
  const address = values.address.trim();
  return {
    ok: true,
    draft: {
      category: values.category as Category,
      topic: values.topic as Topic,
      description: values.description.trim(),
      kelurahan: values.kelurahan as Kelurahan,
      ...(address ? { address } : {}),
      ...(values.coordinates ? { coordinates: values.coordinates } : {}),
    },
  };
}

/** The type a photo's first bytes say it is: the back end judges the same way. */
export function photoTypeOf(head: Uint8Array): PhotoType | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return png.every((byte, index) => head[index] === byte) ? 'image/png' : null;
}

export function checkPhoto(size: number, head: Uint8Array): DraftProblem | null {
  if (!photoTypeOf(head)) return { field: 'photo', problem: 'photo-type' };
  if (size > PHOTO_MAX_BYTES) return { field: 'photo', problem: 'photo-size' };
  return null;
}

/** Kota Mojokerto and its edges; the back end refuses points outside this box. */
export function insideMojokerto({ lat, lng }: Coordinates): boolean {
  return lat >= -7.6 && lat <= -7.35 && lng >= 112.35 && lng <= 112.55;
}

/** `cni7k3pq9`, `CNI-7K3P-Q9`, ` cni 7k3p q9 ` → `CNI-7K3P-Q9` when it can be one. */
export function normaliseCode(text: string): string {
  const bare = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const rest = bare.startsWith('CNI') ? bare.slice(3) : bare;
  if (rest.length !== 6) return text.trim().toUpperCase();
  return `CNI-${rest.slice(0, 4)}-${rest.slice(4)}`;
}

export function checkTracking(codeText: string, verifierText: string): { ok: true; code: string; verifier: string } | { ok: false; problems: DraftProblem[] } {
  const code = normaliseCode(codeText);
  const verifier = verifierText.trim();
  const problems: DraftProblem[] = [];
  if (!TRACKING_CODE_PATTERN.test(code)) problems.push({ field: 'code', problem: 'code' });
  if (!VERIFIER_PATTERN.test(verifier)) problems.push({ field: 'verifier', problem: 'verifier' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, code, verifier };
}
