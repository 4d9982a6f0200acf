import type { z } from 'zod';

// NUL and unpaired UTF-16 surrogates: PostgreSQL refuses them in text and jsonb, so letting one
// through would turn a bad input into a 500 instead of a 400.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The path of the first string (value or key) the database cannot store, or null. */
export function findUnstorableText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key];
      const found = findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A zod refinement for a whole body: every text in it must be storable. */
export function refineStorableText(value: unknown, ctx: z.RefinementCtx): void {
  const path = findUnstorableText(value);
  if (path) ctx.addIssue({ code: 'custom', path, message: 'must not contain NUL characters or broken unicode' });
}
