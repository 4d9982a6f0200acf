/**
 * The emergency numbers and hospitals of Kota Mojokerto that the plugin lists.
 *
 * The short codes (110, 112, 113, 115, 119) are the national emergency numbers. The hospital
 * addresses and (0321) phone numbers are demo-city seed data: confirm every one with Dinkes PPKB
 * Kota Mojokerto before a release that real citizens will rely on.
 */
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

/** A hospital with an emergency room (IGD). */
export interface Hospital {
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

export const HOSPITALS: readonly Hospital[] = [
  {
    name: 'RSUD dr. Wahidin Sudiro Husodo',
    kind: { id: 'Rumah sakit umum daerah milik Pemkot, IGD 24 jam', en: 'City-owned public hospital, 24-hour emergency room' },
    address: 'Jl. Raya Surodinawan, Prajurit Kulon, Kota Mojokerto',
    phone: '(0321) 324040',
  },
  {
    name: 'RS Gatoel',
    kind: GENERAL,
    address: 'Jl. Raden Wijaya No. 56, Kota Mojokerto',
    phone: '(0321) 322444',
  },
  {
    name: 'RSI Hasanah',
    kind: { id: 'Rumah sakit Islam, IGD 24 jam', en: 'Islamic general hospital, 24-hour emergency room' },
    address: 'Jl. Mojopahit, Kota Mojokerto',
    phone: '(0321) 322178',
  },
  {
    name: 'RS Reksa Waluya',
    kind: GENERAL,
    address: 'Jl. Mojopahit, Kota Mojokerto',
    phone: '(0321) 321681',
  },
  {
    name: 'RS Kamar Medika',
    kind: GENERAL,
    address: 'Jl. Raya Ijen, Kota Mojokerto',
    phone: '(0321) 322910',
  },
  {
    name: 'RSIA Arofah',
    kind: { id: 'Rumah sakit ibu dan anak, IGD 24 jam', en: 'Mother and child hospital, 24-hour emergency room' },
    address: 'Jl. Empunala, Kota Mojokerto',
    phone: '(0321) 391717',
  },
  {
    name: 'RSU Sakinah',
    kind: GENERAL,
    address: 'Jl. RA Basuni, Sooko, Kabupaten Mojokerto',
    phone: '(0321) 323699',
  },
].map((entry) => withHref(entry, entry.phone));
