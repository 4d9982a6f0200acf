/**
 * The kecamatan and kelurahan an address field offers: Kota Mojokerto, the demo city (3 kecamatan,
 * 18 kelurahan). A city deploying Palapa replaces this list with its own; it is data, not logic.
 */
export interface CityRegion {
  kecamatan: string;
  kelurahan: readonly string[];
}

export const CITY_REGIONS: readonly CityRegion[] = [
  { kecamatan: 'Magersari', kelurahan: ['Balongsari', 'Gedongan', 'Gunung Gedangan', 'Kedundung', 'Magersari', 'Wates'] },
  { kecamatan: 'Prajurit Kulon', kelurahan: ['Blooto', 'Kauman', 'Mentikan', 'Prajurit Kulon', 'Pulorejo', 'Surodinawan'] },
  { kecamatan: 'Kranggan', kelurahan: ['Jagalan', 'Kranggan', 'Meri', 'Miji', 'Purwotengah', 'Sentanan'] },
];

/** True when `kelurahan` lies in `kecamatan` of the city. */
export function isCityAddress(kecamatan: string, kelurahan: string): boolean {
  return CITY_REGIONS.some((region) => region.kecamatan === kecamatan && region.kelurahan.includes(kelurahan));
}
