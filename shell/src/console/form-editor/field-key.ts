/**
 * Field keys suggested from the Indonesian label ("Nama lengkap" → `nama_lengkap`), so an OPD team
 * rarely types one; the key is what answers are stored under, so it must match the SDK's pattern.
 */
export function suggestKey(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!words) return '';
  const key = /^[a-z]/.test(words) ? words : `isian_${words}`;
  return key.slice(0, 40).replace(/_+$/, '');
}

/** `key`, or `key_2`, `key_3`… — the first that `taken` does not hold (still at most 40 characters). */
export function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!key || !taken.has(key)) return key;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${key.slice(0, 40 - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
