/**
 * Every sentence the Cek PBB plugin shows, in Bahasa Indonesia and English. Indonesian is the
 * reference: its keys define the dictionary, and TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';
import type { NopProblem } from './nop';
import type { YearStatus } from './pbb-answer';

/** The SDK's placeholder and locale helpers, re-exported beside the strings they serve. */
export { fill, resolveLocale } from '@palapa/sdk';

const id = {
  /** The h2: end-to-end tests look for this exact text. */
  title: 'Cek PBB',
  intro: 'Lihat tagihan Pajak Bumi dan Bangunan (PBB-P2) Kota Mojokerto lima tahun terakhir, tunggakan, dan dendanya.',
  nopLabel: 'Nomor Objek Pajak (NOP)',
  nopHint: '18 digit seperti di SPPT, misalnya 35.76.020.005.001-0001.0',
  check: 'Cek tagihan',
  checking: 'Mencari data PBB…',
  // One sentence per NopProblem.
  'problem.empty': 'Masukkan NOP Anda terlebih dahulu.',
  'problem.characters': 'NOP hanya berisi angka. Titik dan tanda hubung akan ditulis otomatis.',
  'problem.incomplete': 'NOP belum lengkap: harus 18 digit ({count} digit diketik).',
  'problem.too-long': 'NOP terlalu panjang: harus tepat 18 digit.',
  'problem.layout': 'Susunan NOP tidak sesuai. Ketik 18 digitnya saja, tanpa titik.',
  'problem.not-mojokerto': 'Ini bukan NOP Kota Mojokerto. NOP Kota Mojokerto diawali 35.76.',
  'problem.kecamatan': 'Kode kecamatan (digit ke-5 sampai ke-7) tidak ada di Kota Mojokerto: 010, 020, atau 030.',
  'problem.zero-part': 'Kode kelurahan, blok, dan nomor urut dalam NOP tidak boleh 000.',
  notFoundTitle: 'NOP tidak ditemukan',
  /** `{nop}` is the number the citizen checked. */
  notFound: 'NOP {nop} tidak terdaftar di BPKPD Kota Mojokerto. Periksa kembali angka pada SPPT Anda.',
  unreachable: 'Sistem BPKPD sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.',
  busy: 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  failed: 'Data PBB tidak dapat dimuat. Periksa sambungan internet Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  objectTitle: 'Objek pajak',
  owner: 'Nama wajib pajak',
  address: 'Letak objek',
  area: 'Luas tanah / bangunan',
  njop: 'NJOP {year}',
  yearsTitle: 'Tagihan per tahun',
  yearsCaption: 'Ketetapan PBB lima tahun terakhir',
  year: 'Tahun',
  principal: 'Pokok',
  fine: 'Denda',
  status: 'Status',
  amount: 'Jumlah',
  dueOn: 'jatuh tempo {date}',
  paidOn: 'dibayar {date}',
  lateMonths: '{months} bulan',
  'status.lunas': 'Lunas',
  'status.belum-lunas': 'Belum lunas',
  'status.jatuh-tempo': 'Jatuh tempo',
  totalTitle: 'Total yang harus dibayar',
  totalPrincipal: 'Pokok belum dibayar',
  totalFine: 'Denda',
  total: 'Total',
  /** `{date}` is the day the fines were computed for. */
  fineNote: 'Denda dihitung sampai {date}: 1% per bulan dari pokok, paling lama 24 bulan (UU No. 1 Tahun 2022).',
  nothingOwed: 'Tidak ada tunggakan. Semua tagihan lima tahun terakhir sudah lunas. Terima kasih!',
  payTitle: 'Cara membayar',
  dataNote: 'Data contoh kota demo dari sistem BPKPD melalui gateway portal. Bukti bayar yang sah diterbitkan oleh bank atau kanal pembayaran.',
} as const;

/** A key of the dictionary. */
export type StringKey = keyof typeof id;
/** One language's table. */
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  title: 'Check Property Tax (PBB)',
  intro: 'See the Land and Building Tax (PBB-P2) bills of Kota Mojokerto for the last five years, arrears and fines.',
  nopLabel: 'Tax Object Number (NOP)',
  nopHint: '18 digits as on your SPPT, e.g. 35.76.020.005.001-0001.0',
  check: 'Check the bill',
  checking: 'Looking up the PBB records…',
  'problem.empty': 'Enter your NOP first.',
  'problem.characters': 'A NOP has digits only. Dots and the dash are added for you.',
  'problem.incomplete': 'The NOP is incomplete: it has 18 digits ({count} typed).',
  'problem.too-long': 'The NOP is too long: it has exactly 18 digits.',
  'problem.layout': 'The NOP is laid out wrongly. Type just its 18 digits, without dots.',
  'problem.not-mojokerto': 'This is not a Kota Mojokerto NOP. Kota Mojokerto NOPs start with 35.76.',
  'problem.kecamatan': 'The kecamatan code (digits 5 to 7) does not exist in Kota Mojokerto: 010, 020 or 030.',
  'problem.zero-part': 'The kelurahan, block and serial codes of a NOP are never 000.',
  notFoundTitle: 'NOP not found',
  notFound: 'NOP {nop} is not registered with BPKPD Kota Mojokerto. Check the number on your SPPT.',
  unreachable: 'The BPKPD system cannot be reached right now. Please try again in a moment.',
  busy: 'Too many requests. Wait a moment, then try again.',
  failed: 'The PBB records could not be loaded. Check your internet connection, then try again.',
  retry: 'Try again',
  objectTitle: 'Tax object',
  owner: 'Taxpayer',
  address: 'Location',
  area: 'Land / building area',
  njop: 'NJOP {year}',
  yearsTitle: 'Bills per year',
  yearsCaption: 'PBB assessments of the last five years',
  year: 'Year',
  principal: 'Tax',
  fine: 'Fine',
  status: 'Status',
  amount: 'Amount',
  dueOn: 'due {date}',
  paidOn: 'paid {date}',
  lateMonths: '{months} months',
  'status.lunas': 'Paid',
  'status.belum-lunas': 'Unpaid',
  'status.jatuh-tempo': 'Overdue',
  totalTitle: 'Total to pay',
  totalPrincipal: 'Unpaid tax',
  totalFine: 'Fines',
  total: 'Total',
  fineNote: 'Fines computed up to {date}: 1% of the tax per month, for at most 24 months (Law No. 1 of 2022).',
  nothingOwed: 'Nothing is owed. Every bill of the last five years is paid. Thank you!',
  payTitle: 'How to pay',
  dataNote: 'Demo-city sample data from the BPKPD system through the portal gateway. Valid receipts are issued by the bank or payment channel.',
};

/** The whole dictionary, one table per locale. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}

export function problemKey(problem: NopProblem): StringKey {
  return `problem.${problem}`;
}

export function statusKey(status: YearStatus): StringKey {
  return `status.${status}`;
}

/** Rupiah without decimals, written the Indonesian way in both languages (`Rp 561.350`). */
export function rupiah(amount: number): string {
  return `Rp ${Math.round(amount).toLocaleString('id-ID')}`;
}

/** A calendar date (ISO `YYYY-MM-DD`) in the citizen's language: `31 Agustus 2026` / `31 August 2026`. */
export function longDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
