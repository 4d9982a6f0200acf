/**
 * The public CCTV cameras (Dishub) and free wifi points (Diskominfo) of Kota Mojokerto, bundled
 * with the plugin so the list and the map work without any back end.
 *
 * Demo-city seed data: the streets, places, kelurahan and kecamatan are real, but the exact
 * positions and the choice of sites are plausible stand-ins. Replace them with the OPDs' asset
 * registers before real citizens rely on them.
 */

/** What a point offers. */
export type PointType = 'cctv' | 'wifi';
export const POINT_TYPES: readonly PointType[] = ['cctv', 'wifi'];

/** The three kecamatan of Kota Mojokerto, with the kelurahan of each (18 in all). */
export const KECAMATAN = [
  {
    slug: 'prajurit-kulon',
    name: 'Prajurit Kulon',
    kelurahan: ['Blooto', 'Kauman', 'Mentikan', 'Prajurit Kulon', 'Pulorejo', 'Surodinawan'],
  },
  {
    slug: 'magersari',
    name: 'Magersari',
    kelurahan: ['Balongsari', 'Gedongan', 'Gunung Gedangan', 'Kedundung', 'Magersari', 'Wates'],
  },
  {
    slug: 'kranggan',
    name: 'Kranggan',
    kelurahan: ['Jagalan', 'Kranggan', 'Meri', 'Miji', 'Purwotengah', 'Sentanan'],
  },
] as const;

export type KecamatanSlug = (typeof KECAMATAN)[number]['slug'];

/** A CCTV camera or a free wifi point. */
export interface PublicPoint {
  /** Stable and unique: used in test ids and to keep the map and the list in step. */
  readonly id: string;
  readonly type: PointType;
  /** Where it is, as people of Mojokerto name the place (a proper name, same in both languages). */
  readonly name: string;
  readonly address: string;
  readonly kelurahan: string;
  readonly kecamatan: KecamatanSlug;
  /** WGS84 degrees. */
  readonly lat: number;
  readonly lon: number;
}

type Row = readonly [id: string, name: string, address: string, kelurahan: string, lat: number, lon: number];

function kecamatanOf(kelurahan: string): KecamatanSlug {
  const found = KECAMATAN.find((kecamatan) => (kecamatan.kelurahan as readonly string[]).includes(kelurahan));
  if (!found) throw new Error(`cctv-wifi: unknown kelurahan ${kelurahan}`);
  return found.slug;
}

// Rows keep the data readable as a table; the kecamatan follows from the kelurahan, so the two can
// never disagree.
function points(type: PointType, rows: readonly Row[]): PublicPoint[] {
  return rows.map(([id, name, address, kelurahan, lat, lon]) => ({
    id,
    type,
    name,
    address,
    kelurahan,
    kecamatan: kecamatanOf(kelurahan),
    lat,
    lon,
  }));
}

const CCTV_ROWS: readonly Row[] = [
  ['cctv-alun-alun', 'Simpang Empat Alun-alun', 'Jl. Mojopahit – Jl. Letkol Sumarjo', 'Kauman', -7.4716, 112.4338],
  ['cctv-benteng-pancasila', 'Simpang Empat Benteng Pancasila', 'Jl. Gajah Mada – Jl. Benteng Pancasila', 'Balongsari', -7.4766, 112.4406],
  ['cctv-jembatan-gajah-mada', 'Jembatan Gajah Mada', 'Jl. Gajah Mada ujung utara', 'Miji', -7.4572, 112.4402],
  ['cctv-jembatan-rejoto', 'Jembatan Rejoto', 'Jl. Pahlawan', 'Pulorejo', -7.4596, 112.4212],
  ['cctv-raden-wijaya', 'Simpang Tiga Raden Wijaya', 'Jl. Bhayangkara – Jl. Raden Wijaya', 'Magersari', -7.4801, 112.4366],
  ['cctv-terminal-kertajaya', 'Terminal Kertajaya', 'Jl. Raya By Pass Kertajaya', 'Gunung Gedangan', -7.4889, 112.4472],
  ['cctv-stasiun', 'Stasiun Mojokerto', 'Jl. Bhayangkara', 'Miji', -7.4661, 112.4391],
  ['cctv-pasar-tanjung-anyar', 'Pasar Tanjung Anyar', 'Jl. Niaga', 'Jagalan', -7.4689, 112.4301],
  ['cctv-empunala', 'Simpang Empat Empunala', 'Jl. Empunala – Jl. Raya Surodinawan', 'Surodinawan', -7.4879, 112.4192],
  ['cctv-rsud', 'Depan RSUD dr. Wahidin Sudiro Husodo', 'Jl. Raya Surodinawan', 'Surodinawan', -7.4871, 112.4152],
  ['cctv-prapanca', 'Simpang Tiga Prapanca', 'Jl. Pahlawan – Jl. Prapanca', 'Prajurit Kulon', -7.4664, 112.4251],
  ['cctv-hayam-wuruk', 'Jalan Hayam Wuruk', 'Jl. Hayam Wuruk', 'Purwotengah', -7.4706, 112.4366],
  ['cctv-brawijaya', 'Simpang Empat Brawijaya', 'Jl. Brawijaya – Jl. Residen Pamuji', 'Kranggan', -7.4759, 112.4289],
  ['cctv-wates', 'Simpang Empat Wates', 'Jl. KH Hasyim Asyari – Jl. Taman Siswa', 'Wates', -7.4861, 112.4391],
  ['cctv-tribuana', 'Jalan Tribuana Tungga Dewi', 'Jl. Tribuana Tungga Dewi', 'Balongsari', -7.4781, 112.4431],
  ['cctv-ijen', 'Jalan Raya Ijen', 'Jl. Raya Ijen', 'Wates', -7.4904, 112.4352],
  ['cctv-meri', 'Simpang Empat Meri', 'Jl. Jayanegara – Jl. Raya Meri', 'Meri', -7.4621, 112.4499],
  ['cctv-kedundung', 'By Pass Kedundung', 'Jl. Raya By Pass Kedundung', 'Kedundung', -7.4779, 112.4561],
  ['cctv-blooto', 'Jalan Raya Blooto', 'Jl. Raya Blooto', 'Blooto', -7.4811, 112.4111],
  ['cctv-mentikan', 'Jalan Mentikan', 'Jl. Mentikan', 'Mentikan', -7.4746, 112.4201],
];

const WIFI_ROWS: readonly Row[] = [
  ['wifi-alun-alun', 'Alun-alun Kota Mojokerto', 'Jl. Letkol Sumarjo', 'Kauman', -7.4726, 112.4344],
  ['wifi-taman-bahari', 'Taman Bahari Mojopahit', 'Jl. Raya Ijen', 'Wates', -7.4911, 112.4366],
  ['wifi-rumah-rakyat', 'Rumah Rakyat (Kantor Pemerintah Kota)', 'Jl. Gajah Mada No. 145', 'Balongsari', -7.4759, 112.4394],
  ['wifi-rth-benteng', 'RTH Benteng Pancasila', 'Jl. Benteng Pancasila', 'Balongsari', -7.4772, 112.4424],
  ['wifi-perpustakaan', 'Perpustakaan Umum Kota Mojokerto', 'Jl. Pahlawan', 'Sentanan', -7.4679, 112.4331],
  ['wifi-kel-wates', 'Balai Kelurahan Wates', 'Jl. Taman Siswa', 'Wates', -7.4879, 112.4411],
  ['wifi-kel-gunung-gedangan', 'Balai Kelurahan Gunung Gedangan', 'Jl. Gunung Gedangan', 'Gunung Gedangan', -7.4929, 112.4519],
  ['wifi-kel-kedundung', 'Balai Kelurahan Kedundung', 'Jl. Kedundung', 'Kedundung', -7.4791, 112.4521],
  ['wifi-kel-balongsari', 'Balai Kelurahan Balongsari', 'Jl. Balongsari', 'Balongsari', -7.4802, 112.4459],
  ['wifi-kel-gedongan', 'Balai Kelurahan Gedongan', 'Jl. Gedongan', 'Gedongan', -7.4744, 112.4432],
  ['wifi-kel-magersari', 'Balai Kelurahan Magersari', 'Jl. Magersari', 'Magersari', -7.4829, 112.4396],
  ['wifi-kel-kranggan', 'Balai Kelurahan Kranggan', 'Jl. Kranggan', 'Kranggan', -7.4731, 112.4266],
  ['wifi-kel-jagalan', 'Balai Kelurahan Jagalan', 'Jl. Jagalan', 'Jagalan', -7.4696, 112.4319],
  ['wifi-kel-purwotengah', 'Balai Kelurahan Purwotengah', 'Jl. Purwotengah', 'Purwotengah', -7.4699, 112.4376],
  ['wifi-kel-miji', 'Balai Kelurahan Miji', 'Jl. Miji', 'Miji', -7.4626, 112.4421],
  ['wifi-kel-meri', 'Balai Kelurahan Meri', 'Jl. Raya Meri', 'Meri', -7.4651, 112.4501],
  ['wifi-kel-surodinawan', 'Balai Kelurahan Surodinawan', 'Jl. Raya Surodinawan', 'Surodinawan', -7.4859, 112.4171],
  ['wifi-kel-blooto', 'Balai Kelurahan Blooto', 'Jl. Raya Blooto', 'Blooto', -7.4831, 112.4091],
  ['wifi-kel-mentikan', 'Balai Kelurahan Mentikan', 'Jl. Mentikan', 'Mentikan', -7.4756, 112.4181],
  ['wifi-kel-pulorejo', 'Balai Kelurahan Pulorejo', 'Jl. Pulorejo', 'Pulorejo', -7.4681, 112.4181],
  ['wifi-kel-prajurit-kulon', 'Balai Kelurahan Prajurit Kulon', 'Jl. Prajurit Kulon', 'Prajurit Kulon', -7.4654, 112.4271],
];

/** Every point, cameras first, each group in the order the OPD lists them. */
export const PUBLIC_POINTS: readonly PublicPoint[] = [...points('cctv', CCTV_ROWS), ...points('wifi', WIFI_ROWS)];

/** The display name of a kecamatan. */
export function kecamatanName(slug: KecamatanSlug): string {
  return KECAMATAN.find((kecamatan) => kecamatan.slug === slug)?.name ?? slug;
}
