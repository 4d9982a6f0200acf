import { randomInt } from 'node:crypto';

/**
 * Tracking codes citizens read out over the phone and type on a phone: the city's prefix and six
 * characters with no look-alikes (no 0/O, 1/I/L). 31^6 ≈ 887 million codes; the unique constraint
 * catches the rare collision and the filing retries with a fresh code.
 */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Kota Mojokerto, the demo city. A city deploying Palapa changes this one constant. */
export const CITY_PREFIX = 'MJK';
const LENGTH = 6;

export const TRACKING_CODE_PATTERN = /^[A-Z]{2,5}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

export function newTrackingCode(prefix = CITY_PREFIX): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `${prefix}-${code}`;
}

/** What a citizen typed, normalised: upper case, no spaces, so "mjk 7qk4m9" finds MJK-7QK4M9. */
export function normaliseTrackingCode(text: string): string {
  const compact = text.trim().toUpperCase().replace(/\s+/g, '');
  return /^[A-Z]{2,5}[A-Z0-9]{6}$/.test(compact) ? `${compact.slice(0, -6)}-${compact.slice(-6)}` : compact;
}
