import type { ApiError } from '@palapa/sdk';
import { connectivity, FROM_CACHE_HEADER } from './connectivity';

/** An API call that failed; `status` 0 means the network failed (offline, server down). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/**
 * What `getJson` checks a body with: a zod schema fits, and so does a hand-written check. The type
 * is structural so that this file, which is in the shell's start-up JavaScript, imports no zod.
 */
export interface BodyValidator<T> {
  safeParse(body: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

/** GETs JSON from the registry and parses it with `schema`: nothing from the network is trusted unchecked. */
export async function getJson<T>(url: string, schema: BodyValidator<T>, init: RequestInit = {}): Promise<{ data: T | null; response: Response }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if ((error as Error)?.name !== 'AbortError') connectivity.observe('unreachable');
    throw new ApiRequestError(0, 'network', (error as Error).message);
  }
  // A 5xx from a proxy in front of a dead registry counts as unreachable too.
  connectivity.observe(response.headers.get(FROM_CACHE_HEADER) || response.status >= 502 ? 'unreachable' : 'fresh');
  if (response.status === 304) return { data: null, response };
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorOf(body);
    throw new ApiRequestError(response.status, error?.code ?? 'http_error', error?.message ?? `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid_response', parsed.error.message);
  return { data: parsed.data, response };
}

/**
 * The registry's `{ error: { code, message } }`, checked by hand: zod's `apiErrorSchema` would
 * bring all of zod into the start-up JavaScript for two strings.
 */
function apiErrorOf(body: unknown): ApiError['error'] | null {
  const error = (body as { error?: unknown } | null)?.error as { code?: unknown; message?: unknown } | undefined;
  return typeof error?.code === 'string' && typeof error.message === 'string' ? { code: error.code, message: error.message } : null;
}
