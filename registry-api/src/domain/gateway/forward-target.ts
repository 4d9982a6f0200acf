// Where exactly a gateway request goes. Path tricks are refused here, before any network call:
// the final URL must stay under the approved upstream's origin and path, whatever the client sent.
import { InputError } from '../errors';

const MAX_PATH_LENGTH = 2048;
const MAX_QUERY_LENGTH = 8192;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface ForwardTarget {
  url: URL;
  /** The path below the upstream, as the citizen's access log shows it (no query). */
  tail: string;
}

/**
 * Joins `upstream` (no trailing slash) with the raw, still percent-encoded `tail` and `search`
 * of the request, after checkForwardPath; and checks that the result stays under the upstream.
 */
export function forwardTarget(upstream: string, tail: string, search: string): ForwardTarget {
  checkForwardPath(tail, search);
  const base = new URL(upstream);
  const basePath = base.pathname.replace(/\/+$/, '');
  const url = new URL(`${base.origin}${basePath}${tail}${search}`);
  const staysUnder = url.origin === base.origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`) || (basePath === '' && url.pathname === '/'));
  if (!staysUnder) throw refusal('the path leaves the service’s upstream');
  return { url, tail: tail === '' ? '/' : tail };
}

/**
 * Refuses dot segments (also encoded), encoded slashes and backslashes, empty segments (`//host`),
 * control characters and over-long input, each with a 400. Needs no upstream: the route runs it
 * before any database work.
 */
export function checkForwardPath(tail: string, search: string): void {
  if (tail.length > MAX_PATH_LENGTH) throw refusal('the path is too long');
  if (search.length > MAX_QUERY_LENGTH) throw refusal('the query is too long');
  if (tail !== '' && !tail.startsWith('/')) throw refusal('the path must start with /');
  if (CONTROL.test(tail) || CONTROL.test(search)) throw refusal('the path or query contains control characters');
  const segments = tail.split('/').slice(1);
  segments.forEach((segment, index) => {
    // A trailing slash is an empty last segment, and fine; an empty segment elsewhere is `//`.
    if (segment === '' && index < segments.length - 1) throw refusal('the path has an empty segment (//)');
    if (/%2f|%5c|\\/i.test(segment)) throw refusal('the path contains an encoded slash or a backslash');
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw refusal('the path has broken percent-encoding');
    }
    if (decoded === '.' || decoded === '..') throw refusal('the path contains . or .. segments');
    if (CONTROL.test(decoded)) throw refusal('the path contains encoded control characters');
  });
}

function refusal(why: string) {
  return new InputError(`Alamat permintaan ditolak. / Request path refused: ${why}.`);
}

/**
 * A back end's redirect, as the citizen should follow it: a Location under the upstream becomes
 * the same place under the gateway; one anywhere else is dropped (null), so the gateway never
 * sends a citizen off to an address no admin approved.
 */
export function gatewayLocation(location: string, requested: URL, upstream: string, gatewayBase: string): string | null {
  if (!URL.canParse(location, requested)) return null;
  const resolved = new URL(location, requested);
  const base = new URL(upstream);
  const basePath = base.pathname.replace(/\/+$/, '');
  if (resolved.origin !== base.origin) return null;
  if (resolved.pathname !== basePath && !resolved.pathname.startsWith(`${basePath}/`)) return null;
  return `${gatewayBase}${resolved.pathname.slice(basePath.length)}${resolved.search}`;
}
