/**
 * Talks to the DPMPTSP queue system through the portal's service gateway (`shell.fetchGateway`,
 * which knows the way, the session cookie and the CSRF header), and sorts every outcome into one
 * the citizen can act on.
 */
import type { ShellContext } from '@palapa/sdk';
import type { Booking, BookingRequest, Counter, MyQueue, QueueErrorCode, Schedule } from './queue-api';

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
  /** The shell's `fetchGateway`; null before the shell handed it over (then every call fails). */
  gateway: ShellContext['fetchGateway'] | null;
  signal?: AbortSignal;
}

async function call<T>(path: string, init: RequestInit, accept: (body: unknown) => body is T, options: ClientOptions): Promise<QueueOutcome<T>> {
  let response: Response;
  try {
    if (!options.gateway) return { kind: 'failed' };
    // A POST goes out with the session's CSRF token (read again once if refused, by fetchGateway).
    response = await options.gateway(path, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      signal: options.signal ?? null,
    });
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

export const listCounters = (options: ClientOptions) => call('/loket', { method: 'GET' }, hasItems, options);

export const loadSchedule = (counter: string, options: ClientOptions) => call(`/jadwal/${encodeURIComponent(counter)}`, { method: 'GET' }, isSchedule, options);

export const bookSlot = (request: BookingRequest, options: ClientOptions) =>
  call('/antrean', { method: 'POST', body: JSON.stringify(request) }, hasBooking, options);

export const cancelBooking = (code: string, phone: string, options: ClientOptions) =>
  call(`/antrean/${encodeURIComponent(code)}/batal`, { method: 'POST', body: JSON.stringify({ phone }) }, hasBooking, options);

/** 401 (`not_signed_in`) when the citizen is not signed in or the manifest's permission is not approved. */
export const loadMyQueue = (options: ClientOptions) => call('/saya', { method: 'GET' }, isMyQueue, options);
