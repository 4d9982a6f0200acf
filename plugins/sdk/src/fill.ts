/**
 * Fills `{name}` placeholders of a translated string; a placeholder without a value stays
 * visible (`{name}`), so a missing value shows up in review instead of vanishing.
 *
 * @example
 * fill('sisa {count}', { count: 2 }); // 'sisa 2'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
