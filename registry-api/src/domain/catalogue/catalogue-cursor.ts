import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../errors';
import { decodeJsonCursor, encodeJsonCursor } from '../json-cursor';

/**
 * Where the next page starts: the sort key of the last entry sent. Browsing sorts by (category
 * position, Indonesian name, slug), searching by (score descending, slug); the slug, unique, breaks
 * ties, so the order is total and a walk through the pages sees every entry once. The cursor names
 * the query it belongs to, so one query's cursor is never applied to another.
 */
export type CatalogueCursor =
  | { mode: 'browse'; position: number; name: string; slug: string }
  | { mode: 'search'; score: number; slug: string };

// What PostgreSQL will take as parameters: int4 sort keys, text without NUL characters.
const int4 = z.number().int().min(-2147483648).max(2147483647);
const pgText = z
  .string()
  .max(1000)
  .refine((value) => !value.includes('\u0000'), 'must not contain NUL');
const payloadSchema = z.discriminatedUnion('m', [
  z.object({ m: z.literal('b'), q: z.string().max(32), p: int4, n: pgText, s: pgText }).strict(),
  z.object({ m: z.literal('s'), q: z.string().max(32), r: int4, s: pgText }).strict(),
]);

/** A short fingerprint of the query a cursor belongs to (filters and search words, not the page size). */
export function queryFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(cursor: CatalogueCursor, fingerprint: string): string {
  const payload =
    cursor.mode === 'browse'
      ? { m: 'b', q: fingerprint, p: cursor.position, n: cursor.name, s: cursor.slug }
      : { m: 's', q: fingerprint, r: cursor.score, s: cursor.slug };
  return encodeJsonCursor(payload);
}

/** Reads a cursor a client sent back; anything it did not get from this query is a 400. */
export function decodeCursor(text: string, fingerprint: string): CatalogueCursor {
  const payload = decodeJsonCursor(text, payloadSchema);
  if (!payload || payload.q !== fingerprint) {
    throw new InputError('Query parameter cursor is not a cursor of this query; use the nextCursor of the previous page, or leave it out to start again.');
  }
  return payload.m === 'b'
    ? { mode: 'browse', position: payload.p, name: payload.n, slug: payload.s }
    : { mode: 'search', score: payload.r, slug: payload.s };
}
