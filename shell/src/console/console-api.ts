import { session } from '../services/session';
import { ct } from './console-i18n';
import type { ConsoleStringKey } from './console-strings';

/**
 * The console's only way to the registry: JSON over same-origin fetch, the CSRF header on every
 * mutation, and every refusal turned into a sentence staff can act on (the server's own message
 * kept as a detail, since it names the field that was wrong).
 */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
  ) {
    super(plainMessage(status, code));
    this.name = 'ConsoleApiError';
  }

  /** The server's explanation, worth showing for input errors and conflicts. */
  get detail(): string | null {
    return ['invalid_input', 'conflict', 'forbidden', 'payload_too_large'].includes(this.code) && this.serverMessage
      ? ct('error.detail', { message: this.serverMessage })
      : null;
  }
}

const KNOWN_CODES = new Set(['unauthorized', 'forbidden', 'not_found', 'conflict', 'invalid_input', 'payload_too_large', 'rate_limited']);

function plainMessage(status: number, code: string): string {
  if (status === 0) return ct('error.network');
  if (KNOWN_CODES.has(code)) return ct(`error.${code}` as ConsoleStringKey);
  return ct('error.generic');
}

export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, session.mutationHeaders());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new ConsoleApiError(0, 'network', (error as Error).message);
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = readError(parsed);
    // The session ended elsewhere (expired, signed out in another tab): let every page know.
    if (response.status === 401) void session.refresh();
    throw new ConsoleApiError(response.status, error?.code ?? 'http_error', error?.message ?? '');
  }
  // The registry is this portal's own server and lit escapes everything it renders, so its
  // answers are used as typed by its OpenAPI document rather than re-validated here.
  return parsed as T;
}

function readError(body: unknown): { code: string; message: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}

/** For `catch (error)`: what to show of any failure. */
export function describeFailure(error: unknown): { message: string; detail: string | null } {
  if (error instanceof ConsoleApiError) return { message: error.message, detail: error.detail };
  return { message: ct('error.generic'), detail: null };
}
