/**
 * Every sentence the Antrean MPP plugin shows, in Bahasa Indonesia and English. Indonesian is the
 * reference: its keys define the dictionary, and TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';
import type { NameProblem, PhoneProblem } from './contact';

/** The SDK's placeholder and locale helpers, re-exported beside the strings they serve. */
export { fill, resolveLocale } from '@palapa/sdk';

const id = {
  /** The h2: end-to-end tests look for this exact text. */
  title: 'Antrean MPP Gajah Mada',
  intro: 'Ambil nomor antrean Mal Pelayanan Publik Gajah Mada: pilih layanan, tanggal, dan jam kedatangan.',
  counterLabel: 'Layanan',
  counterPlaceholder: 'Pilih layanan…',
  bring: 'Bawa: {what}',
  dateLabel: 'Tanggal kedatangan',
  datePlaceholder: 'Pilih tanggal…',
  dateHint: 'Senin–Jumat, 14 hari ke depan; hari libur nasional tutup. Jumat hanya sampai 11.00.',
  slotLegend: 'Jam kedatangan (WIB)',
  slotRemaining: 'sisa {count}',
  slotFull: 'penuh',
  slotsLoading: 'Memuat jadwal…',
  noSlots: 'Tidak ada jadwal tersisa untuk layanan ini. Coba layanan lain atau kembali besok.',
  noSlotsDay: 'Semua jam pada tanggal ini sudah penuh. Pilih tanggal lain.',
  nameLabel: 'Nama lengkap',
  phoneLabel: 'Nomor ponsel',
  phoneHint: 'Contoh 0812-3456-7890 atau +62 812 3456 7890. Dipakai untuk membatalkan.',
  book: 'Ambil nomor antrean',
  booking: 'Memesan…',
  'counter.empty': 'Pilih layanan terlebih dahulu.',
  'date.empty': 'Pilih tanggal kedatangan.',
  'slot.empty': 'Pilih jam kedatangan.',
  'name.empty': 'Tulis nama lengkap Anda.',
  'name.short': 'Nama terlalu pendek: paling sedikit 3 huruf.',
  'name.long': 'Nama terlalu panjang: paling banyak 80 huruf.',
  'name.characters': 'Nama hanya berisi huruf, spasi, titik, koma, apostrof, atau tanda hubung.',
  'phone.empty': 'Tulis nomor ponsel Anda.',
  'phone.characters': 'Nomor ponsel hanya berisi angka (boleh diawali +, dengan spasi atau tanda hubung).',
  'phone.not-mobile': 'Ini bukan nomor ponsel Indonesia: awali dengan 08 atau +628.',
  'phone.length': 'Panjang nomor ponsel tidak sesuai: 08 diikuti 8 sampai 11 angka.',
  slotFullError: 'Slot penuh: jam itu baru saja habis. Pilih jam atau tanggal lain.',
  alreadyBooked: 'Nomor ponsel ini sudah memegang antrean di jam yang sama.',
  slotUnavailable: 'Jadwal itu sudah tidak tersedia. Pilih jam lain.',
  invalid: 'Data ditolak oleh sistem MPP. Periksa kembali isian Anda.',
  unreachable: 'Sistem antrean MPP (DPMPTSP) sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.',
  busy: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  failed: 'Permintaan gagal. Periksa sambungan internet Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  ticketTitle: 'Nomor antrean Anda',
  ticketCode: 'Kode pemesanan',
  ticketWhen: 'Jadwal',
  ticketService: 'Layanan',
  ticketName: 'Atas nama',
  ticketNote: 'Tunjukkan kode QR ini di mesin antrean MPP paling lambat 15 menit sebelum jam kedatangan.',
  qrLabel: 'Kode QR untuk kode pemesanan {code}',
  bookAnother: 'Ambil antrean lain',
  cancelTitle: 'Batalkan antrean',
  cancelIntro: 'Masukkan kode pemesanan dan nomor ponsel yang dipakai saat memesan.',
  codeLabel: 'Kode pemesanan',
  codeHint: 'Contoh MPP-7KQ4-X9TD',
  'code.empty': 'Tulis kode pemesanan.',
  'code.format': 'Kode pemesanan berbentuk MPP-XXXX-XXXX.',
  cancel: 'Batalkan',
  cancelThis: 'Batalkan antrean ini',
  cancelled: 'Antrean {ticket} ({code}) sudah dibatalkan. Tempatnya kini bisa dipakai warga lain.',
  cancelNotFound: 'Tidak ada antrean dengan kode dan nomor ponsel itu.',
  alreadyCancelled: 'Antrean ini sudah dibatalkan sebelumnya.',
  mineTitle: 'Antrean saya',
  mineEmpty: 'Belum ada antrean atas akun Anda.',
  statusActive: 'aktif',
  statusCancelled: 'dibatalkan',
  signedInAs: 'Masuk sebagai {name}: antrean yang Anda ambil tercatat di akun ini.',
  dataNote: 'Data contoh kota demo dari sistem antrean DPMPTSP melalui gateway portal.',
} as const;

export type StringKey = keyof typeof id;
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  title: 'MPP Gajah Mada Online Queue',
  intro: 'Take a queue number for the Gajah Mada Public Service Mall: choose the service, the date and the time of your visit.',
  counterLabel: 'Service',
  counterPlaceholder: 'Choose a service…',
  bring: 'Bring: {what}',
  dateLabel: 'Date of visit',
  datePlaceholder: 'Choose a date…',
  dateHint: 'Monday to Friday, the next 14 days; closed on public holidays. Fridays until 11:00 only.',
  slotLegend: 'Time of visit (WIB)',
  slotRemaining: '{count} left',
  slotFull: 'full',
  slotsLoading: 'Loading the schedule…',
  noSlots: 'No slots left for this service. Try another service or come back tomorrow.',
  noSlotsDay: 'Every time on this date is full. Choose another date.',
  nameLabel: 'Full name',
  phoneLabel: 'Mobile number',
  phoneHint: 'For example 0812-3456-7890 or +62 812 3456 7890. Needed to cancel.',
  book: 'Take a queue number',
  booking: 'Booking…',
  'counter.empty': 'Choose a service first.',
  'date.empty': 'Choose the date of your visit.',
  'slot.empty': 'Choose the time of your visit.',
  'name.empty': 'Write your full name.',
  'name.short': 'The name is too short: at least 3 letters.',
  'name.long': 'The name is too long: at most 80 letters.',
  'name.characters': 'A name has only letters, spaces, dots, commas, apostrophes or dashes.',
  'phone.empty': 'Write your mobile number.',
  'phone.characters': 'A mobile number has only digits (a leading + and spaces or dashes are fine).',
  'phone.not-mobile': 'This is not an Indonesian mobile number: start with 08 or +628.',
  'phone.length': 'The mobile number has the wrong length: 08 followed by 8 to 11 digits.',
  slotFullError: 'Slot full: that time has just been taken. Choose another time or date.',
  alreadyBooked: 'This mobile number already holds a booking at the same time.',
  slotUnavailable: 'That slot is no longer open. Choose another time.',
  invalid: 'The MPP system refused the data. Please check what you entered.',
  unreachable: 'The MPP queue system (DPMPTSP) cannot be reached right now. Try again in a moment.',
  busy: 'Too many requests. Wait a moment, then try again.',
  failed: 'The request failed. Check your internet connection, then try again.',
  retry: 'Try again',
  ticketTitle: 'Your queue number',
  ticketCode: 'Booking code',
  ticketWhen: 'When',
  ticketService: 'Service',
  ticketName: 'Name',
  ticketNote: 'Show this QR code at the MPP queue kiosk at least 15 minutes before your time.',
  qrLabel: 'QR code of booking code {code}',
  bookAnother: 'Take another number',
  cancelTitle: 'Cancel a booking',
  cancelIntro: 'Enter the booking code and the mobile number used to book.',
  codeLabel: 'Booking code',
  codeHint: 'For example MPP-7KQ4-X9TD',
  'code.empty': 'Write the booking code.',
  'code.format': 'A booking code looks like MPP-XXXX-XXXX.',
  cancel: 'Cancel booking',
  cancelThis: 'Cancel this booking',
  cancelled: 'Booking {ticket} ({code}) is cancelled. Its place is free for other citizens.',
  cancelNotFound: 'No booking with that code and mobile number.',
  alreadyCancelled: 'This booking was already cancelled.',
  mineTitle: 'My bookings',
  mineEmpty: 'No bookings on your account yet.',
  statusActive: 'active',
  statusCancelled: 'cancelled',
  signedInAs: 'Signed in as {name}: the numbers you take are kept on this account.',
  dataNote: 'Sample data of the demo city, from the DPMPTSP queue system through the portal gateway.',
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

export const phoneProblemKey = (problem: PhoneProblem): StringKey => `phone.${problem}`;
export const nameProblemKey = (problem: NameProblem): StringKey => `name.${problem}`;

/** `2026-11-24` → `Selasa, 24 November 2026` / `Tuesday, 24 November 2026`. */
export function longDay(iso: string, locale: Locale): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
