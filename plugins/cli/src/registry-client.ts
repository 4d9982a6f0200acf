/**
 * Talks to the registry API with an OPD token. Every failure becomes one sentence: an unreachable
 * registry, a refused token, or the registry's own 4xx message shown plainly.
 */
import { CliError } from './cli-error';
import type { Credentials } from './config';
import { redactRegistry } from './redact';

export interface RegistryRequest {
  method?: string;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** Needed by fetch when `body` is a stream. */
  duplex?: 'half';
}

// Long enough for the largest bundle the registry accepts (10 MiB) on a slow office connection.
const TIMEOUT_SECONDS = 600;

/** Sends `path` (under /api/v1) with the token and returns the parsed JSON of a 2xx answer. */
export async function registryRequest<T>(credentials: Credentials, path: string, request: RegistryRequest = {}): Promise<T> {
  const host = redactRegistry(credentials.registry);
  let response: Response;
  try {
    response = await fetch(`${credentials.registry}/api/v1${path}`, {
      method: request.method ?? 'GET',
      headers: { Accept: 'application/json', ...request.headers, Authorization: `Bearer ${credentials.token}` },
      body: request.body,
      ...(request.duplex ? { duplex: request.duplex } : {}),
      signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000),
    } as RequestInit);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new CliError(
        `Registry di ${host} tidak menjawab dalam ${TIMEOUT_SECONDS} detik; coba lagi dengan koneksi yang lebih baik.`,
        `The registry at ${host} did not answer within ${TIMEOUT_SECONDS} seconds; try again on a better connection.`,
      );
    }
    throw new CliError(
      `Registry di ${host} tidak dapat dihubungi; periksa alamatnya dan koneksi jaringan.`,
      `Cannot reach the registry at ${host}; check its address and the network.`,
    );
  }
  if (response.ok) return (await response.json()) as T;
  throw await registryError(response, host);
}

async function registryError(response: Response, host: string): Promise<CliError> {
  const message = await errorMessage(response);
  if (response.status === 401) {
    return new CliError(
      'Token ditolak registry (tidak valid, kedaluwarsa atau dicabut); buat token baru lalu jalankan palapa login.',
      `The registry refused the token (invalid, expired or revoked); create a new one and run palapa login.`,
    );
  }
  if (response.status >= 500 || !message) {
    return new CliError(
      `Registry di ${host} gagal menjawab (HTTP ${response.status}); coba lagi nanti.`,
      `The registry at ${host} failed to answer (HTTP ${response.status}); try again later.`,
    );
  }
  return new CliError(`Registry menolak permintaan (HTTP ${response.status}): ${message}`, `The registry refused the request (HTTP ${response.status}): ${message}`);
}

async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}
