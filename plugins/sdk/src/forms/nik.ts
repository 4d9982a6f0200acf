/**
 * The NIK (Nomor Induk Kependudukan): 16 digits. 1–6 the region (province 11–94, regency/city,
 * district), 7–12 the date of birth as DDMMYY with 40 added to the day for women, 13–16 a serial
 * that is never 0000. There is no check digit, so this is what can be checked offline.
 */
export type NikProblem = 'format' | 'region' | 'birthDate' | 'serial';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why `nik` is not a well-formed NIK, or null when it is. Spaces are ignored. */
export function nikProblem(nik: string): NikProblem | null {
  const digits = nik.replace(/\s+/g, '');
  if (!/^\d{16}$/.test(digits)) return 'format';
  const province = Number(digits.slice(0, 2));
  const regency = Number(digits.slice(2, 4));
  const district = Number(digits.slice(4, 6));
  if (province < 11 || province > 94 || regency === 0 || district === 0) return 'region';
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  if (day > 40) day -= 40;
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return 'birthDate';
  if (digits.slice(12) === '0000') return 'serial';
  return null;
}

/** True when `nik` is a well-formed NIK. */
export function isNik(nik: string): boolean {
  return nikProblem(nik) === null;
}
