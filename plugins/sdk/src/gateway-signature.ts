/**
 * @palapa/sdk/gateway — for OPD back ends behind the Palapa service gateway (Node only).
 *
 * When a service's active version asks for `user.profile` and the citizen is signed in, the
 * gateway adds who they are to the forwarded request and signs it with HMAC-SHA256, so the back
 * end can trust those headers without trusting the network in between. Name and email travel
 * percent-encoded (UTF-8), because HTTP header values cannot carry every name a citizen has.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers the gateway adds; a back end must ignore them unless the signature verifies. */
export const GATEWAY_HEADERS = {
  userId: 'x-palapa-user-id',
  userName: 'x-palapa-user-name',
  userEmail: 'x-palapa-user-email',
  timestamp: 'x-palapa-timestamp',
  signature: 'x-palapa-signature',
} as const;

/** Versions the canonical string; a future format gets a new prefix. */
const CANONICAL_PREFIX = 'PALAPA-GATEWAY-V1';
const DEFAULT_MAX_SKEW_SECONDS = 300;

export interface GatewayUser {
  id: string;
  name: string;
  email: string;
}

export interface SignGatewayInput {
  method: string;
  /** The request target the back end receives: path and query, e.g. `/api/pbb?nop=1`. */
  path: string;
  user: GatewayUser;
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
}

/**
 * The identity headers for one forwarded request. Used by the registry; back ends only verify.
 *
 * @example
 * const headers = signGatewayRequest({ method: 'GET', path: '/pbb?nop=1', user, secret });
 */
export function signGatewayRequest(input: SignGatewayInput): Record<string, string> {
  const timestamp = String(input.timestamp ?? Math.floor(Date.now() / 1000));
  const claims = {
    id: input.user.id,
    name: encodeURIComponent(input.user.name),
    email: encodeURIComponent(input.user.email),
  };
  const signature = hmac(input.secret, canonicalString(input.method, input.path, timestamp, claims));
  return {
    [GATEWAY_HEADERS.userId]: claims.id,
    [GATEWAY_HEADERS.userName]: claims.name,
    [GATEWAY_HEADERS.userEmail]: claims.email,
    [GATEWAY_HEADERS.timestamp]: timestamp,
    [GATEWAY_HEADERS.signature]: signature,
  };
}

export interface VerifyGatewayInput {
  method: string;
  /** The request target as the back end received it (`req.url` in node:http): path and query. */
  path: string;
  /** The request's headers: a Fetch `Headers`, or node's `IncomingHttpHeaders` (lower-case keys). */
  headers: Headers | Record<string, string | string[] | undefined>;
  secret: string;
  /** How far the timestamp may be from now, either way; 300 s by default. */
  maxSkewSeconds?: number;
  /** Seconds since the epoch; now by default (tests pass a fixed clock). */
  now?: number;
}

export type VerifyGatewayResult =
  | { ok: true; user: GatewayUser; timestamp: number }
  | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'expired' | 'bad_signature' };

/**
 * Checks the gateway's signature on a request and returns the signed-in citizen, or why not.
 * The comparison takes constant time; a timestamp further than `maxSkewSeconds` from now is
 * refused, so a captured request cannot be replayed later.
 *
 * @example
 * import { verifyGatewaySignature } from '@palapa/sdk/gateway';
 * const result = verifyGatewaySignature({ method: req.method, path: req.url, headers: req.headers, secret });
 * if (!result.ok) return res.writeHead(401).end();
 * console.log(`Permintaan dari ${result.user.name}`);
 */
export function verifyGatewaySignature(input: VerifyGatewayInput): VerifyGatewayResult {
  const read = (name: string) => headerValue(input.headers, name);
  const id = read(GATEWAY_HEADERS.userId);
  const name = read(GATEWAY_HEADERS.userName);
  const email = read(GATEWAY_HEADERS.userEmail);
  const timestamp = read(GATEWAY_HEADERS.timestamp);
  const signature = read(GATEWAY_HEADERS.signature);
  if (id === undefined || name === undefined || email === undefined || timestamp === undefined || signature === undefined) {
    return { ok: false, reason: 'missing_headers' };
  }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (input.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS)) return { ok: false, reason: 'expired' };
  const expected = Buffer.from(hmac(input.secret, canonicalString(input.method, input.path, timestamp, { id, name, email })), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  try {
    return { ok: true, user: { id, name: decodeURIComponent(name), email: decodeURIComponent(email) }, timestamp: Number(timestamp) };
  } catch {
    // Signed by us yet not decodable cannot happen; treat it as a forgery all the same.
    return { ok: false, reason: 'bad_signature' };
  }
}

/** One line per signed part; none can hold a newline (encoded claims, a CR/LF-free path), so it is unambiguous. */
function canonicalString(method: string, path: string, timestamp: string, claims: { id: string; name: string; email: string }): string {
  return [CANONICAL_PREFIX, method.toUpperCase(), path, timestamp, claims.id, claims.name, claims.email].join('\n');
}

function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

function headerValue(headers: VerifyGatewayInput['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? undefined : value;
}
