/**
 * An owner's name as the public may see it: the first two letters of each word, the rest starred
 * (`Sugeng Riyadi` → `Su**** Ri****`). Enough for a citizen to recognise their own object, not
 * enough to look up who owns a neighbour's.
 */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.length <= 2 || word.endsWith('.') ? word : `${word.slice(0, 2)}${'*'.repeat(word.length - 2)}`))
    .join(' ');
}
