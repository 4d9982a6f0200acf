import type { SkmScores } from '@palapa/sdk/forms';
import { ApiRequestError, getJson } from '../services/api-client';
import { connectivity } from '../services/connectivity';
import { session } from '../services/session';
import {
  formResponseCheck,
  isFiledRequest,
  myRequestsCheck,
  requestViewCheck,
  serverFieldErrors,
  statusesCheck,
  uploadedCheck,
  type FiledRequest,
  type FileInfo,
  type FormResponse,
  type RequestSummary,
  type RequestView,
  type ServerFieldErrors,
  type StatusItem,
} from './forms-api-types';

/** The forms API calls the citizen's pages make (see the contract in the issue #6 brief). */

export function fetchForm(slug: string, signal?: AbortSignal): Promise<FormResponse> {
  return getJson(`/api/v1/forms/${encodeURIComponent(slug)}`, formResponseCheck, { signal }).then(({ data }) => required(data));
}

export function fetchRequest(code: string, verifier: string, signal?: AbortSignal): Promise<RequestView> {
  const headers: Record<string, string> = verifier ? { 'X-Verifier': verifier } : {};
  return getJson(`/api/v1/requests/${encodeURIComponent(code)}`, requestViewCheck, { signal, headers, credentials: 'same-origin' }).then(({ data }) => required(data));
}

export function fetchMyRequests(signal?: AbortSignal): Promise<RequestSummary[]> {
  return getJson('/api/v1/me/requests', myRequestsCheck, { signal, credentials: 'same-origin' }).then(({ data }) => required(data).items);
}

export async function fetchStatuses(items: { trackingCode: string; verifier: string }[]): Promise<StatusItem[]> {
  const response = await send('/api/v1/requests/status', { json: { items } });
  const body: unknown = await response.json().catch(() => null);
  const parsed = statusesCheck.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid_response', parsed.error.message);
  return parsed.data.items;
}

export async function uploadFile(slug: string, fieldKey: string, file: File): Promise<FileInfo> {
  const form = new FormData();
  form.append('field', fieldKey);
  form.append('file', file);
  const response = await send(`/api/v1/forms/${encodeURIComponent(slug)}/uploads`, { body: form });
  const body: unknown = await response.json().catch(() => null);
  const parsed = uploadedCheck.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid_response', parsed.error.message);
  return parsed.data;
}

export async function postRating(code: string, verifier: string, scores: SkmScores, comment: string): Promise<void> {
  await send(`/api/v1/requests/${encodeURIComponent(code)}/rating`, {
    json: comment.trim() ? { scores, comment: comment.trim() } : { scores },
    headers: verifier ? { 'X-Verifier': verifier } : {},
  });
}

/** What became of one attempt to file a request. */
export type FileOutcome =
  | { kind: 'filed'; filed: FiledRequest }
  /** The network or the registry failed: try again later with the same key. */
  | { kind: 'retry'; reason: string }
  /** The registry refused it; sending it again would change nothing. */
  | { kind: 'rejected'; code: string; message: string; fields: ServerFieldErrors | null };

/** Files a request; never throws. The same `idempotencyKey` on every retry makes a repeat harmless. */
export async function postRequest(slug: string, idempotencyKey: string, body: { definitionVersion: number; values: Record<string, unknown> }): Promise<FileOutcome> {
  let response: Response;
  try {
    response = await send(`/api/v1/forms/${encodeURIComponent(slug)}/requests`, { json: body, headers: { 'Idempotency-Key': idempotencyKey } }, false);
  } catch (error) {
    return { kind: 'retry', reason: (error as Error).message };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return isFiledRequest(answer) ? { kind: 'filed', filed: answer } : { kind: 'retry', reason: 'invalid_response' };
  // Overloaded, rate-limited, timed out or a proxy in front of a dead registry: later.
  if (response.status >= 500 || response.status === 429 || response.status === 408) return { kind: 'retry', reason: `HTTP ${response.status}` };
  const error = (answer as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    kind: 'rejected',
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
    fields: serverFieldErrors(answer),
  };
}

/**
 * POSTs to the registry with the CSRF header a signed-in citizen's cookie needs. With `strict`,
 * a non-2xx answer throws an ApiRequestError with the registry's code.
 */
async function send(url: string, init: { json?: unknown; body?: BodyInit; headers?: Record<string, string> }, strict = true): Promise<Response> {
  await session.ready;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...session.mutationHeaders(), ...init.headers },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
  } catch (error) {
    connectivity.observe('unreachable');
    throw new ApiRequestError(0, 'network', (error as Error).message);
  }
  connectivity.observe(response.status >= 502 ? 'unreachable' : 'fresh');
  if (strict && !response.ok) {
    const body = (await response.clone().json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : 'http_error';
    throw new ApiRequestError(response.status, code, typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`);
  }
  return response;
}

function required<T>(data: T | null): T {
  if (data === null) throw new ApiRequestError(0, 'invalid_response', 'empty');
  return data;
}
