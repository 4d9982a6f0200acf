/**
 * Every sentence the darurat plugin shows, in Bahasa Indonesia and English. Indonesian is the
 * reference: its keys define the dictionary, and TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';

/** The SDK's placeholder and locale helpers, re-exported beside the strings they serve. */
export { fill, resolveLocale } from '@palapa/sdk';

/** A text in both of the portal's languages (for data such as contacts, not UI chrome). */
export type Bilingual = Readonly<Record<Locale, string>>;

const id = {
  /** The h2: end-to-end tests look for this exact text. */
  title: 'Layanan Darurat',
  intro: 'Dalam keadaan darurat, tekan tombol untuk langsung menelepon. Nomor darurat bebas pulsa dan siaga 24 jam.',
  emergencyHeading: 'Nomor darurat',
  hospitalsHeading: 'Rumah sakit dan puskesmas terdekat',
  hospitalsIntro: 'Untuk gawat darurat medis, telepon 119 atau datang langsung ke IGD rumah sakit terdekat.',
  nearestButton: 'Urutkan dari yang terdekat dengan lokasi saya',
  nearestPrivacy: 'Lokasi hanya dipakai di perangkat ini untuk mengurutkan daftar, tidak dikirim ke mana pun.',
  nearestLocating: 'Mencari lokasi Anda…',
  nearestLocated: 'Diurutkan dari yang terdekat dengan lokasi Anda. Jarak diukur lurus, bukan menurut rute jalan.',
  nearestDenied:
    'Akses lokasi tidak diizinkan. Tidak apa-apa: berikut daftar lengkapnya, pilih yang paling dekat dengan Anda. Izin lokasi dapat diubah di pengaturan peramban.',
  nearestUnavailable: 'Lokasi Anda belum dapat ditemukan. Berikut daftar lengkapnya; pilih yang paling dekat dengan Anda.',
  /** `{distance}` is replaced by e.g. "1,2 km". */
  distanceFromYou: 'sekitar {distance} dari Anda',
  nearestBadge: 'Terdekat',
  /** Starts every call link's accessible name: "Telepon 112, …". */
  call: 'Telepon',
  address: 'Alamat',
} as const;

/** A key of the dictionary. */
export type StringKey = keyof typeof id;
/** One language's table. */
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  title: 'Emergency Services',
  intro: 'In an emergency, press a button to call straight away. Emergency numbers are toll-free and answered 24 hours a day.',
  emergencyHeading: 'Emergency numbers',
  hospitalsHeading: 'Nearest hospitals and health centres',
  hospitalsIntro: 'For a medical emergency, call 119 or go straight to the emergency room (IGD) of the nearest hospital.',
  nearestButton: 'Sort by distance from where I am',
  nearestPrivacy: 'Your location is only used on this device to sort the list; it is not sent anywhere.',
  nearestLocating: 'Finding your location…',
  nearestLocated: 'Sorted nearest first from where you are. Distances are in a straight line, not by road.',
  nearestDenied:
    'Location access was not allowed. That is fine: here is the full list, choose the one closest to you. You can change the location permission in your browser settings.',
  nearestUnavailable: 'Your location could not be found yet. Here is the full list; choose the one closest to you.',
  distanceFromYou: 'about {distance} from you',
  nearestBadge: 'Nearest',
  call: 'Call',
  address: 'Address',
};

/** The whole dictionary, one table per locale. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

/** The table for `locale`. */
export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

/** Picks one language of a bilingual text, falling back to Indonesian if the other is empty. */
export function localize(text: Bilingual, locale: Locale): string {
  return text[locale] || text.id;
}

