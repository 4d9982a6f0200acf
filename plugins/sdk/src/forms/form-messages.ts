import type { Locale } from '../localized-pick';
import type { FieldError, FieldErrorCode } from './form-values';

/**
 * What each answer problem says to the citizen, in both languages. The registry's 400 carries the
 * codes (and these Indonesian sentences); the shell shows the sentence in the citizen's language.
 */
const MESSAGES: Record<FieldErrorCode, { id: string; en: string }> = {
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  tooLong: { id: 'Terlalu panjang: paling banyak {limit} karakter.', en: 'Too long: at most {limit} characters.' },
  notNumber: { id: 'Isi dengan angka.', en: 'Enter a number.' },
  tooSmall: { id: 'Paling kecil {limit}.', en: 'Must be at least {limit}.' },
  tooBig: { id: 'Paling besar {limit}.', en: 'Must be at most {limit}.' },
  badDate: { id: 'Tanggal tidak valid; gunakan format HH/BB/TTTT.', en: 'Not a valid date.' },
  badOption: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options given.' },
  badPhone: { id: 'Nomor telepon tidak valid, contoh: 0812 3456 7890.', en: 'Not a valid phone number, e.g. 0812 3456 7890.' },
  badEmail: { id: 'Alamat email tidak valid, contoh: nama@contoh.id.', en: 'Not a valid email address, e.g. name@example.id.' },
  nikFormat: { id: 'NIK terdiri dari 16 angka.', en: 'A NIK has 16 digits.' },
  nikRegion: { id: 'Kode wilayah pada 6 angka pertama NIK tidak valid.', en: 'The region code in the first 6 digits of the NIK is not valid.' },
  nikBirthDate: { id: 'Tanggal lahir pada angka ke-7 sampai ke-12 NIK tidak valid.', en: 'The date of birth in digits 7–12 of the NIK is not valid.' },
  nikSerial: { id: 'Nomor urut pada 4 angka terakhir NIK tidak boleh 0000.', en: 'The serial number in the last 4 digits of the NIK cannot be 0000.' },
  badAddress: { id: 'Pilih kecamatan dan kelurahan, lalu isi nama jalan.', en: 'Choose the kecamatan and kelurahan, then enter the street.' },
  badLocation: { id: 'Lokasi di luar wilayah Indonesia; pilih titik di peta.', en: 'The location is outside Indonesia; pick a point on the map.' },
  badFile: { id: 'Unggah berkas lagi.', en: 'Upload the file again.' },
  unknownField: { id: 'Isian ini tidak ada pada formulir.', en: 'This field is not on the form.' },
};

/** The sentence for an answer problem in `locale`. */
export function fieldErrorMessage(error: FieldError, locale: Locale): string {
  const template = MESSAGES[error.code][locale];
  return error.limit === undefined ? template : template.replace('{limit}', String(error.limit));
}
