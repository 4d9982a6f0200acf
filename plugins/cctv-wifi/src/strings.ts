/**
 * Every sentence the cctv-wifi plugin shows, in Bahasa Indonesia and English. Indonesian is the
 * reference: its keys define the dictionary, and TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';

/** The SDK's placeholder and locale helpers, re-exported beside the strings they serve. */
export { fill, resolveLocale } from '@palapa/sdk';

const id = {
  /** The h2: end-to-end tests look for this exact text. */
  title: 'CCTV & Wifi Gratis',
  intro: 'Kamera CCTV publik Dinas Perhubungan dan titik wifi gratis Diskominfo di seluruh Kota Mojokerto.',
  searchLabel: 'Cari lokasi',
  searchPlaceholder: 'Nama jalan, tempat, atau kelurahan',
  typeLegend: 'Jenis',
  typeAll: 'Semua',
  typeCctv: 'CCTV',
  typeWifi: 'Wifi gratis',
  kecamatanLabel: 'Kecamatan',
  kecamatanAll: 'Semua kecamatan',
  kelurahanLabel: 'Kelurahan',
  kelurahanAll: 'Semua kelurahan',
  /** `{count}` is replaced by the number of points. */
  resultCount: '{count} titik ditemukan',
  mapLabel: 'Peta Kota Mojokerto dengan titik CCTV dan wifi yang ditemukan',
  mapHint: 'Pilih titik di peta atau di daftar untuk menandainya di keduanya.',
  river: 'Sungai Brantas',
  listLabel: 'Daftar titik',
  kelurahan: 'Kel.',
  kecamatan: 'Kec.',
  selected: 'dipilih',
  /** `{query}` is replaced by what the citizen typed. */
  emptyWithText: 'Tidak ada titik yang cocok dengan “{query}” dan pilihan saringan Anda.',
  emptyNoText: 'Tidak ada titik untuk pilihan saringan ini.',
  emptyHint: 'Coba kata lain, misalnya nama jalan atau kelurahan, atau hapus saringan.',
  reset: 'Hapus pencarian dan saringan',
  dataNote: 'Data contoh kota demo. Lokasi pasti dan status jaringan mengikuti data Dishub dan Diskominfo.',
} as const;

/** A key of the dictionary. */
export type StringKey = keyof typeof id;
/** One language's table. */
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  title: 'CCTV & Free Wifi',
  intro: 'Public CCTV cameras of the Transport Office and free wifi points of Diskominfo across Kota Mojokerto.',
  searchLabel: 'Search for a place',
  searchPlaceholder: 'Street, place or kelurahan',
  typeLegend: 'Type',
  typeAll: 'All',
  typeCctv: 'CCTV',
  typeWifi: 'Free wifi',
  kecamatanLabel: 'Kecamatan (district)',
  kecamatanAll: 'All districts',
  kelurahanLabel: 'Kelurahan (urban village)',
  kelurahanAll: 'All kelurahan',
  resultCount: '{count} points found',
  mapLabel: 'Map of Kota Mojokerto with the CCTV and wifi points found',
  mapHint: 'Choose a point on the map or in the list to mark it in both.',
  river: 'Brantas river',
  listLabel: 'List of points',
  kelurahan: 'Kel.',
  kecamatan: 'Kec.',
  selected: 'selected',
  emptyWithText: 'No point matches “{query}” with your filters.',
  emptyNoText: 'No point for these filters.',
  emptyHint: 'Try another word, such as a street or kelurahan name, or clear the filters.',
  reset: 'Clear search and filters',
  dataNote: 'Demo-city sample data. Exact positions and network status follow Dishub and Diskominfo records.',
};

/** The whole dictionary, one table per locale. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

/** The table for `locale`. */
export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

