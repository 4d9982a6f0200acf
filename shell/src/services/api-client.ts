import { apiErrorSchema } from '@palapa/sdk';
import type { z } from 'zod';
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

/** GETs JSON from the registry and parses it with `schema`: nothing from the network is trusted unchecked. */
export async function getJson<T>(url: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<{ data: T | null; response: Response }> {
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
    const parsed = apiErrorSchema.safeParse(body);
    throw new ApiRequestError(
      response.status,
      parsed.success ? parsed.data.error.code : 'http_error',
      parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid_response', parsed.error.message);
  return { data: parsed.data, response };
}
