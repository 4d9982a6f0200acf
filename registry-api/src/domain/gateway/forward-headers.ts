// What crosses the gateway in each direction. The citizen's credentials for Palapa (cookie,
// token, CSRF token) and anything claiming to be Palapa's own (X-Palapa-*) never reach an OPD
// back end; the back end can set no cookie on the portal's origin and grant no CORS access.
import { InputError } from '../errors';

/** RFC 9110 §7.6.1 connection-specific fields, plus the proxy ones. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'trailers', 'transfer-encoding', 'upgrade']);

/** Never forwarded upstream, besides hop-by-hop fields and X-Palapa-*. */
const PRIVATE_REQUEST_HEADERS = new Set([
  'cookie',
  'authorization',
  'x-csrf-token',
  'host',
  'content-length',
  'expect',
  // The gateway states the client address itself; a client's own claim is not passed on.
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'origin',
]);

/**
 * Never passed back to the citizen: the body is re-framed (its encoding, e.g. gzip, passes through
 * as sent), and the back end speaks for no one but itself.
 */
const PRIVATE_RESPONSE_HEADERS = new Set(['set-cookie', 'set-cookie2', 'content-length', 'strict-transport-security', 'clear-site-data']);

const MAX_HEADER_VALUE = 8 * 1024;
const MAX_HEADERS_TOTAL = 32 * 1024;

/** Connection-specific names the sender listed in its own Connection header. */
function connectionListed(headers: Headers): Set<string> {
  return new Set(
    (headers.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * The request headers to send upstream. Refuses (400) oversized headers and CR/LF in a value, which
 * node's parser already rejects on the wire but a value built in-process might still carry.
 */
export function upstreamRequestHeaders(incoming: Headers, clientIp: string | null): Headers {
  const listed = connectionListed(incoming);
  const outgoing = new Headers();
  let total = 0;
  for (const [name, value] of incoming) {
    total += name.length + value.length;
    if (value.length > MAX_HEADER_VALUE || total > MAX_HEADERS_TOTAL) {
      throw new InputError('Header permintaan terlalu besar. / The request headers are too large.');
    }
    if (/[\r\n\0]/.test(value)) throw new InputError(`Header "${name}" tidak sah. / The header "${name}" is invalid.`);
    if (HOP_BY_HOP.has(name) || listed.has(name) || PRIVATE_REQUEST_HEADERS.has(name) || name.startsWith('x-palapa-')) continue;
    outgoing.append(name, value);
  }
  if (clientIp) outgoing.set('x-forwarded-for', clientIp);
  return outgoing;
}

/**
 * The response headers to pass back. An upstream answer is served from the portal's own origin,
 * so it is sandboxed: an HTML page from a back end must not run script as the portal.
 */
export function clientResponseHeaders(upstream: Headers): Headers {
  const listed = connectionListed(upstream);
  const outgoing = new Headers();
  for (const [name, value] of upstream) {
    if (HOP_BY_HOP.has(name) || listed.has(name) || PRIVATE_RESPONSE_HEADERS.has(name)) continue;
    if (name.startsWith('access-control-') || name.startsWith('x-palapa-')) continue;
    outgoing.append(name, value);
  }
  outgoing.set('content-security-policy', "default-src 'none'; sandbox");
  outgoing.set('cross-origin-resource-policy', 'same-origin');
  outgoing.set('x-content-type-options', 'nosniff');
  return outgoing;
}
