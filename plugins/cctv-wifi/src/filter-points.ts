/**
 * Search as you type and the two filters (type, kecamatan) over the bundled points. Pure
 * functions: the element calls them on every keystroke, the tests call them directly.
 */
import { kecamatanName, type KecamatanSlug, type PointType, type PublicPoint } from './points';

/** What the citizen asked for. `all` means no filter. */
export interface PointQuery {
  readonly text: string;
  readonly type: PointType | 'all';
  readonly kecamatan: KecamatanSlug | 'all';
}

export const EMPTY_QUERY: PointQuery = { text: '', type: 'all', kecamatan: 'all' };

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
 * address, kelurahan, kecamatan or type) and both filters, in their original order.
 *
 * @example
 * filterPoints(PUBLIC_POINTS, { text: 'alun', type: 'wifi', kecamatan: 'all' });
 */
export function filterPoints(points: readonly PublicPoint[], query: PointQuery): PublicPoint[] {
  const words = normalizeText(query.text)
    .split(' ')
    .filter((word) => word !== '');
  return points.filter(
    (point) =>
      (query.type === 'all' || point.type === query.type) &&
      (query.kecamatan === 'all' || point.kecamatan === query.kecamatan) &&
      words.every((word) => haystackOf(point).includes(` ${word}`)),
  );
}

/** How many points of each type a list holds, for the result summary. */
export function countByType(points: readonly PublicPoint[]): Record<PointType, number> {
  const counts: Record<PointType, number> = { cctv: 0, wifi: 0 };
  for (const point of points) counts[point.type] += 1;
  return counts;
}
