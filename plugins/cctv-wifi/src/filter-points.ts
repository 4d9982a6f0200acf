/**
 * Search as you type and the two filters (type, kecamatan) over the bundled points. Pure
 * functions: the element calls them on every keystroke, the tests call them directly.
 */
import { KECAMATAN, kecamatanName, type KecamatanSlug, type PointType, type PublicPoint } from './points';

/** What the citizen asked for. `all` means no filter. */
export interface PointQuery {
  readonly text: string;
  readonly type: PointType | 'all';
  readonly kecamatan: KecamatanSlug | 'all';
  /** A kelurahan name; only one inside the chosen kecamatan is meaningful (see {@link withKecamatan}). */
  readonly kelurahan: string | 'all';
}

export const EMPTY_QUERY: PointQuery = { text: '', type: 'all', kecamatan: 'all', kelurahan: 'all' };

/** The kelurahan a citizen can pick from: those of the chosen kecamatan, or all 18. */
export function kelurahanChoices(kecamatan: KecamatanSlug | 'all'): string[] {
  return KECAMATAN.filter((entry) => kecamatan === 'all' || entry.slug === kecamatan)
    .flatMap((entry) => [...entry.kelurahan])
    .sort((a, b) => a.localeCompare(b, 'id'));
}

/** Changes the kecamatan, dropping a chosen kelurahan that lies outside it. */
export function withKecamatan(query: PointQuery, kecamatan: KecamatanSlug | 'all'): PointQuery {
  const kelurahan = kelurahanChoices(kecamatan).includes(query.kelurahan) ? query.kelurahan : 'all';
  return { ...query, kecamatan, kelurahan };
}

// Words citizens type for each type, in both languages, so "kamera" or "internet" find them too.
const TYPE_WORDS: Readonly<Record<PointType, string>> = {
  cctv: 'cctv kamera camera',
  wifi: 'wifi wi-fi hotspot internet gratis free',
};

/**
 * Lowercase, without accents and punctuation, single spaces: "Jl. Mojopahit – Jl." and
 * "jl mojopahit" compare equal.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const haystacks = new WeakMap<PublicPoint, string>();

function haystackOf(point: PublicPoint): string {
  let haystack = haystacks.get(point);
  if (haystack === undefined) {
    haystack = ` ${normalizeText(
      [point.name, point.address, point.kelurahan, kecamatanName(point.kecamatan), TYPE_WORDS[point.type]].join(' '),
    )}`;
    haystacks.set(point, haystack);
  }
  return haystack;
}

/**
 * The points that match every word of the search (each word must start a word of the name,
 * address, kelurahan, kecamatan or type) and every filter, in their original order.
 *
 * @example
 * filterPoints(PUBLIC_POINTS, { ...EMPTY_QUERY, text: 'alun', type: 'wifi' });
 */
export function filterPoints(points: readonly PublicPoint[], query: PointQuery): PublicPoint[] {
  const words = normalizeText(query.text)
    .split(' ')
    .filter((word) => word !== '');
  return points.filter(
    (point) =>
      (query.type === 'all' || point.type === query.type) &&
      (query.kecamatan === 'all' || point.kecamatan === query.kecamatan) &&
      (query.kelurahan === 'all' || point.kelurahan === query.kelurahan) &&
      words.every((word) => haystackOf(point).includes(` ${word}`)),
  );
}

/** How many points of each type a list holds, for the result summary. */
export function countByType(points: readonly PublicPoint[]): Record<PointType, number> {
  const counts: Record<PointType, number> = { cctv: 0, wifi: 0 };
  for (const point of points) counts[point.type] += 1;
  return counts;
}
