/**
 * Talks to the DPMPTSP queue system through the portal's service gateway, on the portal's own
 * origin, and sorts every outcome into one the citizen can act on.
 */
import { sessionCsrfToken } from '@palapa/sdk';
import type { Booking, BookingRequest, Counter, MyQueue, QueueErrorCode, Schedule } from './queue-api';

export const GATEWAY_PATH = '/api/v1/gateway/antrean-mpp';

export type QueueOutcome<T> =
  | { kind: 'ok'; value: T }
  /** The back end said no, with one of its codes (a full slot, a wrong phone…). */
  | { kind: 'refused'; code: QueueErrorCode | 'unknown'; fields: Record<string, string> }
  /** The gateway could not reach DPMPTSP, or it did not answer in time (502/503/504). */
  | { kind: 'unreachable' }
  | { kind: 'busy' }
  /** Anything else: offline, a 5xx of the back end, an answer that is not what we expect. */
  | { kind: 'failed' };

export interface ClientOptions {
  signal?: AbortSignal;
  origin?: string;
  fetch?: typeof fetch;
}

async function call<T>(path: string, init: RequestInit, accept: (body: unknown) => body is T, options: ClientOptions): Promise<QueueOutcome<T>> {
  const origin = options.origin ?? globalThis.location.origin;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const send = async (refreshToken: boolean) => {
    const token = init.method === 'POST' ? await sessionCsrfToken(origin, doFetch, refreshToken) : null;
    return doFetch(new URL(`${GATEWAY_PATH}${path}`, origin), {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...(token ? { 'x-csrf-token': token } : {}) },
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  };
  let response: Response;
  try {
    response = await send(false);
    // Signed in or out since the token was read: read it again, once.
    if (response.status === 403 && init.method === 'POST') response = await send(true);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { kind: 'failed' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return accept(body) ? { kind: 'ok', value: body } : { kind: 'failed' };
  if (response.status === 429) return { kind: 'busy' };
  if (response.status === 502 || response.status === 503 || response.status === 504) return { kind: 'unreachable' };
  const error = (body as { error?: { code?: unknown; details?: { fields?: unknown } } } | null)?.error;
  if (response.status >= 400 && response.status < 500 && typeof error?.code === 'string') {
    const fields = error.details?.fields;
    return { kind: 'refused', code: error.code as QueueErrorCode, fields: fields && typeof fields === 'object' ? (fields as Record<string, string>) : {} };
  }
  // A 404 without the back end's JSON is the gateway's own: no approved back end.
  return response.status === 404 ? { kind: 'unreachable' } : { kind: 'failed' };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const hasItems = (value: unknown): value is { items: Counter[] } => isObject(value) && Array.isArray(value.items);
const isSchedule = (value: unknown): value is Schedule => isObject(value) && Array.isArray(value.days);
const hasBooking = (value: unknown): value is { booking: Booking } => isObject(value) && isObject(value.booking) && typeof value.booking.code === 'string';
const isMyQueue = (value: unknown): value is MyQueue => isObject(value) && isObject(value.user) && Array.isArray(value.bookings);

export const listCounters = (options: ClientOptions = {}) => call('/loket', { method: 'GET' }, hasItems, options);

export const loadSchedule = (counter: string, options: ClientOptions = {}) => call(`/jadwal/${encodeURIComponent(counter)}`, { method: 'GET' }, isSchedule, options);

export const bookSlot = (request: BookingRequest, options: ClientOptions = {}) =>
  call('/antrean', { method: 'POST', body: JSON.stringify(request) }, hasBooking, options);

export const cancelBooking = (code: string, phone: string, options: ClientOptions = {}) =>
  call(`/antrean/${encodeURIComponent(code)}/batal`, { method: 'POST', body: JSON.stringify({ phone }) }, hasBooking, options);

/** 401 (`not_signed_in`) when the citizen is not signed in or the manifest's permission is not approved. */
export const loadMyQueue = (options: ClientOptions = {}) => call('/saya', { method: 'GET' }, isMyQueue, options);
