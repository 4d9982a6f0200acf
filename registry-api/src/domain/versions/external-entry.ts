import { InputError } from '../errors';
import { formatBytes } from './bundle-limits';

/** A federation entry is a small file; an OPD server answering with more is misconfigured. */
const MAX_EXTERNAL_ENTRY_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 10_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `origin` cannot be allow-listed for OPD-hosted plugin entries, or null when it can: an
 * origin only (no path), served over https — plain http only on this machine, for development.
 */
export function externalOriginProblem(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return 'is not a URL origin such as https://layanan.opd.go.id';
  }
  if (url.origin !== origin.replace(/\/$/, '')) return 'must be an origin only (scheme, host and port), without a path';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return 'must use https (plain http is allowed only for localhost)';
}

export interface ExternalEntryOptions {
  allowedOrigins: readonly string[];
  timeoutMs?: number;
}

/**
 * Fetches an OPD-hosted plugin entry so that the registry computes its SRI hash itself: the shell
 * then refuses the file if the OPD's server later serves anything else. Redirects are refused,
 * since they would leave the allow-listed origin.
 */
export async function fetchExternalEntry(entryUrl: string, options: ExternalEntryOptions): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(entryUrl);
  } catch {
    throw new InputError(`entryUrl: "${entryUrl.slice(0, 200)}" is not an absolute URL.`);
  }
  const allowed = options.allowedOrigins.map((origin) => origin.replace(/\/$/, ''));
  if (url.username || url.password) throw new InputError('entryUrl: must not carry a user name or password.');
  if (!allowed.includes(url.origin)) {
    const hint = allowed.length === 0 ? 'this portal allows no external origins' : `allowed: ${allowed.join(', ')}`;
    throw new InputError(
      `entryUrl: the origin ${url.origin} is not allow-listed for OPD-hosted plugins (${hint}); ask the portal's ` +
        'administrators to add it to PALAPA_EXTERNAL_ORIGINS, or upload the built folder instead.',
    );
  }
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new InputError(
      `entryUrl: the registry could not fetch ${url.href} (${timedOut ? 'no answer in time' : 'unreachable or redirected'}); ` +
        'make sure it is served without redirects and reachable from the registry.',
    );
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new InputError(`entryUrl: ${url.href} answered HTTP ${response.status}; it must answer 200 with the built entry file.`);
  }
  return readLimited(response, url.href);
}

async function readLimited(response: Response, href: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_EXTERNAL_ENTRY_BYTES) {
      await reader.cancel();
      throw new InputError(`entryUrl: ${href} is larger than ${formatBytes(MAX_EXTERNAL_ENTRY_BYTES)}; it must be the federation entry file only.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
