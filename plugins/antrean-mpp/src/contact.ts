/**
 * The citizen's name and Indonesian mobile number, checked the same way in the browser (messages in
 * the citizen's language) and again in the DPMPTSP back end (its zod schema uses these rules).
 */

export type PhoneProblem = 'empty' | 'characters' | 'not-mobile' | 'length';
export type NameProblem = 'empty' | 'short' | 'long' | 'characters';

export const NAME_MIN = 3;
export const NAME_MAX = 80;

/**
 * An Indonesian mobile number (08…, 628… or +628…, spaces, dots and dashes allowed) as `628…`, the
 * form the back end stores and compares; or why it is not one. Mobile numbers are 08 followed by
 * 8 to 11 digits (0812-3456-789 to 0812-3456-78901), the first after 8 never 0.
 */
export function parsePhone(input: string): { ok: true; phone: string } | { ok: false; problem: PhoneProblem } {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^\+?[\d\s.-]+$/.test(text)) return { ok: false, problem: 'characters' };
  const digits = text.replace(/\D/g, '');
  let national: string;
  if (text.startsWith('+62') || (!text.startsWith('+') && digits.startsWith('62'))) national = digits.slice(2);
  else if (!text.startsWith('+') && digits.startsWith('0')) national = digits.slice(1);
  else return { ok: false, problem: 'not-mobile' };
  if (!/^8[1-9]/.test(national)) return { ok: false, problem: 'not-mobile' };
  if (national.length < 9 || national.length > 12) return { ok: false, problem: 'length' };
  return { ok: true, phone: `62${national}` };
}

/** `628123456789` → `0812-3456-789`, the way people write it. */
export function displayPhone(phone: string): string {
  const national = `0${phone.replace(/^62/, '')}`;
  return [national.slice(0, 4), national.slice(4, 8), national.slice(8)].filter(Boolean).join('-');
}

/** A person's name: letters (any script), spaces, and the marks names carry (. ' -). */
export function parseName(input: string): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, problem: 'empty' };
  if (name.length < NAME_MIN) return { ok: false, problem: 'short' };
  if (name.length > NAME_MAX) return { ok: false, problem: 'long' };
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .,'’-]*$/u.test(name)) return { ok: false, problem: 'characters' };
  return { ok: true, name };
}
