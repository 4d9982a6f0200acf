/**
 * Every sentence the Curhat Ning Ita plugin shows, in Bahasa Indonesia and English. Indonesian is
 * the reference: its keys define the dictionary, and TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';
import type { Category, Status, Topic } from './complaint';
import type { DraftProblem } from './draft-check';

/** The SDK's placeholder helper, re-exported beside the strings it serves. */
export { fill } from '@palapa/sdk';

const id = {
  /** The h2: end-to-end tests look for this exact text. */
  title: 'Curhat Ning Ita',
  intro: 'Sampaikan pengaduan, aspirasi, atau permintaan informasi kepada Pemerintah Kota Mojokerto, lalu pantau tindak lanjutnya.',
  tabsLabel: 'Menu Curhat Ning Ita',
  'tab.lapor': 'Buat laporan',
  'tab.lacak': 'Lacak laporan',
  'tab.saya': 'Laporan saya',
  categoryLabel: 'Jenis laporan',
  'category.aspirasi': 'Aspirasi',
  'category.pengaduan': 'Pengaduan',
  'category.permintaan-informasi': 'Permintaan informasi',
  topicLabel: 'Topik',
  choose: '— Pilih —',
  'topic.jalan-rusak': 'Jalan rusak',
  'topic.sampah': 'Sampah',
  'topic.penerangan-jalan': 'Penerangan jalan',
  'topic.banjir': 'Banjir dan saluran air',
  'topic.pelayanan-publik': 'Pelayanan publik',
  'topic.lainnya': 'Lainnya',
  descriptionLabel: 'Uraian laporan',
  descriptionHint: 'Apa yang terjadi, di mana, dan sejak kapan. 20–2.000 karakter.',
  /** `{count}` characters typed of `{max}`. */
  charCount: '{count}/{max} karakter',
  kelurahanLabel: 'Kelurahan',
  kecamatanGroup: 'Kecamatan {name}',
  addressLabel: 'Alamat atau patokan (opsional)',
  addressHint: 'Misalnya: Jl. Empunala, depan SDN Prajurit Kulon 2',
  useLocation: 'Gunakan lokasi saya',
  locating: 'Mencari lokasi…',
  locationSet: 'Lokasi terpasang: {lat}, {lng}',
  removeLocation: 'Hapus lokasi',
  photoLabel: 'Foto (opsional)',
  photoHint: 'JPEG atau PNG, paling besar 2 MB.',
  removePhoto: 'Hapus foto',
  submit: 'Kirim laporan',
  sending: 'Mengirim laporan…',
  errorSummary: 'Periksa kembali isian yang ditandai.',
  'problem.category': 'Pilih jenis laporan.',
  'problem.topic': 'Pilih topik laporan.',
  'problem.description-short': 'Uraian terlalu singkat: paling sedikit 20 karakter ({count} diketik).',
  'problem.description-long': 'Uraian terlalu panjang: paling banyak 2.000 karakter ({count} diketik).',
  'problem.kelurahan': 'Pilih kelurahan tempat kejadian.',
  'problem.address-long': 'Alamat atau patokan paling banyak 200 karakter.',
  'problem.photo-type': 'Foto harus berupa JPEG atau PNG.',
  'problem.photo-size': 'Foto terlalu besar: paling besar 2 MB.',
  'problem.location-denied': 'Izin lokasi ditolak. Anda tetap dapat memilih kelurahan dan menulis alamat.',
  'problem.location-unavailable': 'Lokasi tidak dapat ditentukan. Pilih kelurahan dan tulis alamatnya.',
  'problem.location-outside': 'Lokasi Anda berada di luar Kota Mojokerto, jadi tidak dilampirkan.',
  filedTitle: 'Laporan terkirim',
  filedIntro: 'Simpan kode laporan dan kode verifikasi ini untuk memantau tindak lanjutnya.',
  codeLabel: 'Kode laporan',
  verifierLabel: 'Kode verifikasi',
  filedSignedIn: 'Laporan ini juga tercatat di “Laporan saya”.',
  trackThis: 'Lacak laporan ini',
  newReport: 'Buat laporan lain',
  trackIntro: 'Masukkan kode laporan dan kode verifikasi 4 angka yang Anda terima saat mengirim laporan.',
  codeHint: 'Contoh: CNI-7K3P-Q9',
  track: 'Lacak',
  tracking: 'Mencari laporan…',
  'problem.code': 'Kode laporan berbentuk CNI-XXXX-XX.',
  'problem.verifier': 'Kode verifikasi terdiri atas 4 angka.',
  notFound: 'Laporan tidak ditemukan. Periksa kembali kode laporan dan kode verifikasinya.',
  statusNow: 'Status: {status}',
  timelineTitle: 'Riwayat tindak lanjut',
  location: 'Lokasi',
  reportedOn: 'Dilaporkan {date}',
  withPhoto: 'Dengan foto',
  'status.diterima': 'Diterima',
  'status.diverifikasi': 'Diverifikasi',
  'status.ditindaklanjuti': 'Ditindaklanjuti',
  'status.selesai': 'Selesai',
  'status.ditolak': 'Ditolak',
  mineLoading: 'Memuat laporan Anda…',
  mineEmpty: 'Anda belum pernah mengirim laporan saat masuk. Laporan yang dikirim saat masuk akan muncul di sini.',
  mineSignIn: 'Masuk ke portal untuk melihat laporan Anda. Laporan tanpa masuk tetap dapat dilacak dengan kode.',
  unreachable: 'Sistem Diskominfo sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.',
  busy: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  failed: 'Permintaan gagal. Periksa sambungan internet Anda, lalu coba lagi.',
  rejected: 'Laporan ditolak oleh sistem: periksa kembali isiannya.',
  tooLarge: 'Laporan beserta fotonya terlalu besar untuk dikirim. Gunakan foto yang lebih kecil.',
  retry: 'Coba lagi',
  dataNote: 'Data contoh kota demo dari sistem Diskominfo melalui gateway portal. Identitas pelapor dijaga kerahasiaannya.',
} as const;

/** A key of the dictionary. */
export type StringKey = keyof typeof id;
/** One language's table. */
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  title: 'Curhat Ning Ita (Tell the Mayor)',
  intro: 'Send a complaint, a suggestion or a request for information to the Kota Mojokerto government, then follow what is done about it.',
  tabsLabel: 'Curhat Ning Ita menu',
  'tab.lapor': 'New report',
  'tab.lacak': 'Track a report',
  'tab.saya': 'My reports',
  categoryLabel: 'Kind of report',
  'category.aspirasi': 'Suggestion',
  'category.pengaduan': 'Complaint',
  'category.permintaan-informasi': 'Request for information',
  topicLabel: 'Topic',
  choose: '— Choose —',
  'topic.jalan-rusak': 'Damaged road',
  'topic.sampah': 'Rubbish',
  'topic.penerangan-jalan': 'Street lighting',
  'topic.banjir': 'Flooding and drains',
  'topic.pelayanan-publik': 'Public services',
  'topic.lainnya': 'Other',
  descriptionLabel: 'Description',
  descriptionHint: 'What happened, where, and since when. 20–2,000 characters.',
  charCount: '{count}/{max} characters',
  kelurahanLabel: 'Kelurahan (neighbourhood)',
  kecamatanGroup: 'Kecamatan {name}',
  addressLabel: 'Address or landmark (optional)',
  addressHint: 'For example: Jl. Empunala, in front of SDN Prajurit Kulon 2',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  locationSet: 'Location attached: {lat}, {lng}',
  removeLocation: 'Remove location',
  photoLabel: 'Photo (optional)',
  photoHint: 'JPEG or PNG, 2 MB at most.',
  removePhoto: 'Remove photo',
  submit: 'Send report',
  sending: 'Sending your report…',
  errorSummary: 'Please check the marked fields.',
  'problem.category': 'Choose the kind of report.',
  'problem.topic': 'Choose a topic.',
  'problem.description-short': 'The description is too short: at least 20 characters ({count} typed).',
  'problem.description-long': 'The description is too long: 2,000 characters at most ({count} typed).',
  'problem.kelurahan': 'Choose the kelurahan where it happened.',
  'problem.address-long': 'The address or landmark may have 200 characters at most.',
  'problem.photo-type': 'The photo must be a JPEG or PNG.',
  'problem.photo-size': 'The photo is too large: 2 MB at most.',
  'problem.location-denied': 'Location permission was refused. You can still choose the kelurahan and write the address.',
  'problem.location-unavailable': 'Your location could not be found. Choose the kelurahan and write the address.',
  'problem.location-outside': 'Your location is outside Kota Mojokerto, so it was not attached.',
  filedTitle: 'Report sent',
  filedIntro: 'Keep this report code and verifier to follow what is done about it.',
  codeLabel: 'Report code',
  verifierLabel: 'Verifier',
  filedSignedIn: 'This report is also listed under “My reports”.',
  trackThis: 'Track this report',
  newReport: 'Send another report',
  trackIntro: 'Enter the report code and the 4-digit verifier you received when you sent the report.',
  codeHint: 'For example: CNI-7K3P-Q9',
  track: 'Track',
  tracking: 'Looking for the report…',
  'problem.code': 'A report code looks like CNI-XXXX-XX.',
  'problem.verifier': 'The verifier has 4 digits.',
  notFound: 'No report found. Check the report code and the verifier.',
  statusNow: 'Status: {status}',
  timelineTitle: 'Follow-up history',
  location: 'Location',
  reportedOn: 'Reported {date}',
  withPhoto: 'With a photo',
  'status.diterima': 'Received',
  'status.diverifikasi': 'Verified',
  'status.ditindaklanjuti': 'In progress',
  'status.selesai': 'Resolved',
  'status.ditolak': 'Rejected',
  mineLoading: 'Loading your reports…',
  mineEmpty: 'You have not sent a report while signed in. Reports sent while signed in appear here.',
  mineSignIn: 'Sign in to the portal to see your reports. Reports sent without signing in can still be tracked with their code.',
  unreachable: 'The Diskominfo system cannot be reached right now. Please try again in a moment.',
  busy: 'Too many requests. Wait a moment, then try again.',
  failed: 'The request failed. Check your internet connection, then try again.',
  rejected: 'The system refused the report: please check what you entered.',
  tooLarge: 'The report with its photo is too large to send. Use a smaller photo.',
  retry: 'Try again',
  dataNote: 'Demo-city sample data from the Diskominfo system through the portal gateway. Reporters’ identities are kept confidential.',
};

/** The whole dictionary, one table per locale. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

export const problemKey = (problem: DraftProblem['problem']): StringKey => `problem.${problem}`;
export const statusKey = (status: Status): StringKey => `status.${status}`;
export const categoryKey = (category: Category): StringKey => `category.${category}`;
export const topicKey = (topic: Topic): StringKey => `topic.${topic}`;

/** A moment in the citizen's language and in Mojokerto's time: `6 November 2026 15.30`. */
export function dateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  });
}
