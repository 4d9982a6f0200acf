/**
 * The emergency numbers and hospitals of Kota Mojokerto that the plugin lists.
 *
 * The short codes (110, 112, 113, 115, 119) are the national emergency numbers. The hospital and
 * puskesmas addresses, positions and (0321) phone numbers are demo-city seed data: confirm every
 * one with Dinkes PPKB Kota Mojokerto before a release that real citizens will rely on.
 */
import type { LatLon } from './distance';
import type { Bilingual } from './strings';

/** A national emergency short code, answered locally. */
export interface EmergencyNumber {
  /** What the citizen dials, e.g. `112`. */
  readonly number: string;
  /** Who answers (a proper name, same in both languages). */
  readonly agency: string;
  /** A short label: what the number is for. */
  readonly label: Bilingual;
  /** One sentence: when to call it. */
  readonly description: Bilingual;
  /** The `tel:` URL, digits only. */
  readonly href: string;
}

/** A hospital with an emergency room (IGD), or a puskesmas; `lat`/`lon` (WGS84) rank it by distance. */
export interface Hospital extends LatLon {
  /** Its name (a proper name, same in both languages). */
  readonly name: string;
  /** What kind of hospital it is. */
  readonly kind: Bilingual;
  readonly address: string;
  /** The phone number as people write it, e.g. `(0321) 321681`. */
  readonly phone: string;
  /** The `tel:` URL, digits only. */
  readonly href: string;
}

/** `tel:` URL for a number written any way people write it: only the digits survive. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, '')}`;
}

function withHref<T extends object>(entry: T, dial: string): T & { href: string } {
  return { ...entry, href: telHref(dial) };
}

/** Ordered by how often a citizen should reach for them: 112 first, it routes everything. */
export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  {
    number: '112',
    agency: 'Command Center Kota Mojokerto',
    label: { id: 'Call Center darurat', en: 'Emergency call centre' },
    description: {
      id: 'Satu nomor untuk semua keadaan darurat. Gratis, 24 jam.',
      en: 'One number for every emergency. Free, 24 hours.',
    },
  },
  {
    number: '119',
    agency: 'Public Safety Center (PSC) Kota Mojokerto',
    label: { id: 'Ambulans', en: 'Ambulance' },
    description: {
      id: 'Gawat darurat medis dan layanan ambulans.',
      en: 'Medical emergencies and ambulance service.',
    },
  },
  {
    number: '110',
    agency: 'Polresta Mojokerto',
    label: { id: 'Polisi', en: 'Police' },
    description: {
      id: 'Kejahatan, kecelakaan lalu lintas, gangguan keamanan.',
      en: 'Crime, traffic accidents, threats to public safety.',
    },
  },
  {
    number: '113',
    agency: 'Damkar Kota Mojokerto',
    label: { id: 'Pemadam kebakaran', en: 'Fire brigade' },
    description: {
      id: 'Kebakaran dan penyelamatan, misalnya orang atau hewan terjebak.',
      en: 'Fires and rescues, such as people or animals trapped.',
    },
  },
  {
    number: '115',
    agency: 'Basarnas',
    label: { id: 'SAR', en: 'Search and rescue' },
    description: {
      id: 'Pencarian dan pertolongan: banjir, orang hilang, kecelakaan di air.',
      en: 'Search and rescue: floods, missing people, accidents on water.',
    },
  },
].map((entry) => withHref(entry, entry.number));

const GENERAL: Bilingual = { id: 'Rumah sakit umum swasta, IGD 24 jam', en: 'Private general hospital, 24-hour emergency room' };

const PUSKESMAS: Bilingual = {
  id: 'Puskesmas milik Pemkot: pertolongan pertama dan rujukan ke rumah sakit',
  en: 'City health centre (puskesmas): first aid and referral to a hospital',
};

function puskesmas(name: string, address: string, phone: string, lat: number, lon: number): Omit<Hospital, 'href'> {
  return { name, kind: PUSKESMAS, address, phone, lat, lon };
}

/** Hospitals first (they have an emergency room), then the city's puskesmas. */
export const HOSPITALS: readonly Hospital[] = [
  {
    name: 'RSUD dr. Wahidin Sudiro Husodo',
    kind: { id: 'Rumah sakit umum daerah milik Pemkot, IGD 24 jam', en: 'City-owned public hospital, 24-hour emergency room' },
    address: 'Jl. Raya Surodinawan, Prajurit Kulon, Kota Mojokerto',
    phone: '(0321) 324040',
    lat: -7.4868,
    lon: 112.4147,
  },
  {
    name: 'RS Gatoel',
    kind: GENERAL,
    address: 'Jl. Raden Wijaya No. 56, Kota Mojokerto',
    phone: '(0321) 322444',
    lat: -7.481,
    lon: 112.4345,
  },
  {
    name: 'RSI Hasanah',
    kind: { id: 'Rumah sakit Islam, IGD 24 jam', en: 'Islamic general hospital, 24-hour emergency room' },
    address: 'Jl. Mojopahit, Kota Mojokerto',
    phone: '(0321) 322178',
    lat: -7.474,
    lon: 112.436,
  },
  {
    name: 'RS Reksa Waluya',
    kind: GENERAL,
    address: 'Jl. Mojopahit, Kota Mojokerto',
    phone: '(0321) 321681',
    lat: -7.469,
    lon: 112.435,
  },
  {
    name: 'RS Kamar Medika',
    kind: GENERAL,
    address: 'Jl. Raya Ijen, Kota Mojokerto',
    phone: '(0321) 322910',
    lat: -7.492,
    lon: 112.437,
  },
  {
    name: 'RSIA Arofah',
    kind: { id: 'Rumah sakit ibu dan anak, IGD 24 jam', en: 'Mother and child hospital, 24-hour emergency room' },
    address: 'Jl. Empunala, Kota Mojokerto',
    phone: '(0321) 391717',
    lat: -7.483,
    lon: 112.424,
  },
  {
    name: 'RSU Sakinah',
    kind: GENERAL,
    address: 'Jl. RA Basuni, Sooko, Kabupaten Mojokerto',
    phone: '(0321) 323699',
    lat: -7.502,
    lon: 112.428,
  },
  puskesmas('Puskesmas Kedundung', 'Jl. Kedundung, Magersari, Kota Mojokerto', '(0321) 395112', -7.4785, 112.454),
  puskesmas('Puskesmas Gedongan', 'Jl. Gedongan, Magersari, Kota Mojokerto', '(0321) 328751', -7.476, 112.445),
  puskesmas('Puskesmas Wates', 'Jl. Taman Siswa, Wates, Kota Mojokerto', '(0321) 394371', -7.489, 112.44),
  puskesmas('Puskesmas Kranggan', 'Jl. Kranggan, Kranggan, Kota Mojokerto', '(0321) 321874', -7.4715, 112.427),
  puskesmas('Puskesmas Mentikan', 'Jl. Mentikan, Prajurit Kulon, Kota Mojokerto', '(0321) 397206', -7.475, 112.419),
  puskesmas('Puskesmas Blooto', 'Jl. Raya Blooto, Prajurit Kulon, Kota Mojokerto', '(0321) 330128', -7.484, 112.41),
].map((entry) => withHref(entry, entry.phone));
