import { createHash } from 'node:crypto';

/**
 * What an Idempotency-Key was first sent with: the caller, the definition version and the answers,
 * as canonical JSON (keys sorted) hashed. A replay must match it; the same key with anything else
 * is a client bug (or someone else's key) and is refused rather than answered with another's request.
 */
export function requestFingerprint(userId: string | null, definitionVersion: number, values: unknown): string {
  return createHash('sha256').update(canonicalJson({ userId, definitionVersion, values })).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
