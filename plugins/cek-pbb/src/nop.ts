/**
 * The Nomor Objek Pajak (NOP) of PBB-P2: 18 digits written `PP.KK.CCC.LLL.BBB-NNNN.J`
 * (province, kabupaten/kota, kecamatan, kelurahan, block, serial number, object type).
 * One module for the plugin (formatting as the citizen types, checking before any request) and
 * the demo back end (refusing a malformed NOP with a 400), so both agree on what a NOP is.
 */

export const NOP_LENGTH = 18;
/** Province Jawa Timur and Kota Mojokerto: the only NOPs this portal's BPKPD administers. */
export const MOJOKERTO_PREFIX = '3576';

/** Digits per part, in order: PP KK CCC LLL BBB NNNN J. */
const PART_LENGTHS = [2, 2, 3, 3, 3, 4, 1] as const;
/** The separator written after each part but the last. */
const SEPARATORS = ['.', '.', '.', '.', '-', '.'] as const;

/** The kecamatan codes of Kota Mojokerto. */
export const MOJOKERTO_KECAMATAN: Readonly<Record<string, string>> = {
  '010': 'Prajurit Kulon',
  '020': 'Magersari',
  '030': 'Kranggan',
};

export interface NopParts {
  province: string;
  city: string;
  kecamatan: string;
  kelurahan: string;
  block: string;
  serial: string;
  type: string;
}

/** Why a text is not a Kota Mojokerto NOP; each has a sentence in the plugin's dictionary. */
export type NopProblem = 'empty' | 'characters' | 'incomplete' | 'too-long' | 'layout' | 'not-mojokerto' | 'kecamatan' | 'zero-part';

export type ParsedNop = { ok: true; digits: string; formatted: string; parts: NopParts } | { ok: false; problem: NopProblem };

/** The digits of `text`, dropping separators and anything else. */
export function nopDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Writes up to 18 digits in the NOP layout, as far as they go: a separator appears once the
 * digit after it is typed, so deleting backwards never gets stuck on a dot.
 *
 * @example
 * formatNop('3576020'); // '35.76.020'
 * formatNop('357602000300500120'); // '35.76.020.003.005-0012.0'
 */
export function formatNop(digits: string): string {
  const clean = nopDigits(digits).slice(0, NOP_LENGTH);
  let out = '';
  let at = 0;
  PART_LENGTHS.forEach((length, index) => {
    if (at >= clean.length) return;
    if (index > 0) out += SEPARATORS[index - 1];
    out += clean.slice(at, at + length);
    at += length;
  });
  return out;
}

/** Where the caret goes in `formatted` so that `digitsBefore` digits stay to its left. */
export function caretForDigits(formatted: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < formatted.length; index += 1) {
    if (/\d/.test(formatted[index] ?? '')) seen += 1;
    if (seen === digitsBefore) return index + 1;
  }
  return formatted.length;
}

function splitParts(digits: string): NopParts {
  const values: string[] = [];
  let at = 0;
  for (const length of PART_LENGTHS) {
    values.push(digits.slice(at, at + length));
    at += length;
  }
  const [province = '', city = '', kecamatan = '', kelurahan = '', block = '', serial = '', type = ''] = values;
  return { province, city, kecamatan, kelurahan, block, serial, type };
}

/** True when the separators the citizen wrote (if any) sit where the layout puts them. */
function layoutMatches(text: string): boolean {
  if (!/[.\-\s]/.test(text)) return true;
  const written = text.replace(/\s+/g, '');
  return /^\d{2}\.\d{2}\.\d{3}\.\d{3}\.\d{3}-\d{4}\.\d$/.test(written);
}

/**
 * Checks a NOP as the citizen typed it (with or without separators) and, when it is a
 * well-formed Kota Mojokerto NOP, returns its digits, its written form and its parts.
 *
 * @example
 * parseNop('35.76.020.003.005-0012.0'); // { ok: true, digits: '357602000300500120', … }
 * parseNop('35.15.…'); // { ok: false, problem: 'not-mojokerto' }
 */
export function parseNop(text: string): ParsedNop {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (/[^\d.\-\s]/.test(trimmed)) return { ok: false, problem: 'characters' };
  const digits = nopDigits(trimmed);
  if (digits.length < NOP_LENGTH) return { ok: false, problem: 'incomplete' };
  if (digits.length > NOP_LENGTH) return { ok: false, problem: 'too-long' };
  if (!layoutMatches(trimmed)) return { ok: false, problem: 'layout' };
  const parts = splitParts(digits);
  if (`${parts.province}${parts.city}` !== MOJOKERTO_PREFIX) return { ok: false, problem: 'not-mojokerto' };
  if (!(parts.kecamatan in MOJOKERTO_KECAMATAN)) return { ok: false, problem: 'kecamatan' };
  if (/^0+$/.test(parts.kelurahan) || /^0+$/.test(parts.block) || /^0+$/.test(parts.serial)) return { ok: false, problem: 'zero-part' };
  return { ok: true, digits, formatted: formatNop(digits), parts };
}
