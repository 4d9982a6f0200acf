import { createHash } from 'node:crypto';

/** A strong ETag for a response body. */
export function etagFor(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2: weak comparison, `*`
 * matches anything). Written by hand because Hono's etag middleware re-hashes every body, and
 * the catalogue's ETag is computed once per change. A malformed header simply does not match.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header || header.length > 8192) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}
