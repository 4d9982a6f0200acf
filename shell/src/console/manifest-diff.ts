/**
 * What changed between the active version's manifest and a pending one, field by field, so a
 * reviewer sees at a glance a new permission or a new route rather than reading two JSON files.
 * Nested objects are compared by dotted path; arrays and scalars as whole JSON values.
 */
export interface ManifestChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Fields that change with every release and say nothing to a reviewer. */
const ALWAYS_DIFFERENT = new Set(['version']);

export function diffManifests(before: Record<string, unknown> | null, after: Record<string, unknown>): ManifestChange[] {
  const changes: ManifestChange[] = [];
  walk(before ?? {}, after, '', changes);
  return changes.filter((change) => !ALWAYS_DIFFERENT.has(change.field));
}

function walk(before: Record<string, unknown>, after: Record<string, unknown>, prefix: string, out: ManifestChange[]) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    const field = prefix ? `${prefix}.${key}` : key;
    const left = before[key];
    const right = after[key];
    if (isPlainObject(left) && isPlainObject(right)) {
      walk(left, right, field, out);
      continue;
    }
    const leftText = left === undefined ? null : JSON.stringify(left);
    const rightText = right === undefined ? null : JSON.stringify(right);
    if (leftText !== rightText) out.push({ field, before: leftText, after: rightText });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
