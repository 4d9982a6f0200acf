import { randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when read aloud or handwritten: no 0/O, 1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function pick(count: number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}

/** `CNI-7K3P-Q9`: 31⁶ ≈ 887 million codes; the store retries on the rare collision. */
export function newTrackingCode(): string {
  return `CNI-${pick(4)}-${pick(2)}`;
}

/** Four digits, given once with the code; both are needed to read a report. */
export function newVerifier(): string {
  return String(randomInt(10_000)).padStart(4, '0');
}
