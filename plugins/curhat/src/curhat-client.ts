/**
 * Talks to the Diskominfo back end through the portal's service gateway (`shell.fetchGateway`,
 * which knows the way, the session cookie and the CSRF header), and sorts every outcome into one
 * the citizen can act on.
 */
import type { ShellContext } from '@palapa/sdk';
import type { ComplaintDraft, ComplaintView, FiledComplaint } from './complaint';

export type Failure =
  /** The back end refused what was sent (a rule this plugin does not know yet). */
  | { kind: 'rejected' }
  /** The gateway refused the body as too large (its limit may be below the 2 MB photo). */
  | { kind: 'too-large' }
  /** The gateway could not reach Diskominfo, or it did not answer in time (502/504). */
  | { kind: 'unreachable' }
  | { kind: 'busy' }
  /** Anything else: offline, a 5xx of the back end, an answer that is not what we expect. */
  | { kind: 'failed' };

export type Outcome<T> = { kind: 'ok'; value: T } | { kind: 'not-found' } | { kind: 'sign-in' } | Failure;

export interface ClientOptions {
  /** The shell's `fetchGateway`; null before the shell handed it over (then every call fails). */
  gateway: ShellContext['fetchGateway'] | null;
  signal?: AbortSignal;
}

async function call(path: string, init: RequestInit & { headers: Record<string, string> }, options: ClientOptions): Promise<Response | null> {
  try {
    // A POST goes out with the session's CSRF token, read again once if refused: the
    // Idempotency-Key of a report makes that resend safe.
    return options.gateway ? await options.gateway(path, { ...init, signal: options.signal ?? null }) : null;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return null;
  }
}

async function errorCode(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code;
}

async function sort<T>(response: Response | null, accept: (body: unknown) => body is T, notFoundCode?: string): Promise<Outcome<T>> {
  if (!response) return { kind: 'failed' };
  switch (response.status) {
    case 200:
    case 201: {
      const body: unknown = await response.json().catch(() => null);
      return accept(body) ? { kind: 'ok', value: body } : { kind: 'failed' };
    }
    case 400:
    case 415:
    case 422:
      return { kind: 'rejected' };
    case 401:
      return { kind: 'sign-in' };
    case 404:
      // The gateway's own 404 (no approved back end) says nothing about the report: Diskominfo is unreachable.
      return notFoundCode && (await errorCode(response)) === notFoundCode ? { kind: 'not-found' } : { kind: 'unreachable' };
    case 413:
      return { kind: 'too-large' };
    case 429:
      return { kind: 'busy' };
    case 502:
    case 503:
    case 504:
      return { kind: 'unreachable' };
    default:
      return { kind: 'failed' };
  }
}

const isView = (value: unknown): value is ComplaintView => {
  const view = value as Partial<ComplaintView> | null;
  return typeof view?.code === 'string' && typeof view.status === 'string' && Array.isArray(view.timeline);
};
const isFiled = (value: unknown): value is FiledComplaint => isView(value) && typeof (value as Partial<FiledComplaint>).verifier === 'string';
const isList = (value: unknown): value is { items: FiledComplaint[] } => {
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.every(isFiled);
};

/**
 * Files a report. `idempotencyKey` stays the same for every retry of one report, so a retry after a
 * lost answer returns the report already filed instead of filing a second one. The photo travels as
 * multipart (no base64 overhead through the gateway's body limit).
 */
export async function fileReport(draft: ComplaintDraft, photo: Blob | null, idempotencyKey: string, options: ClientOptions): Promise<Outcome<FiledComplaint>> {
  const form = new FormData();
  form.set('category', draft.category);
  form.set('topic', draft.topic);
  form.set('description', draft.description);
  form.set('kelurahan', draft.kelurahan);
  if (draft.address) form.set('address', draft.address);
  if (draft.coordinates) {
    form.set('lat', String(draft.coordinates.lat));
    form.set('lng', String(draft.coordinates.lng));
  }
  if (photo) form.set('photo', photo, 'foto');
  const response = await call('/laporan', { method: 'POST', headers: { accept: 'application/json', 'idempotency-key': idempotencyKey }, body: form }, options);
  return sort(response, isFiled);
}

export async function trackReport(code: string, verifier: string, options: ClientOptions): Promise<Outcome<ComplaintView>> {
  const response = await call(
    '/lacak',
    { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify({ code, verifier }) },
    options,
  );
  return sort(response, isView, 'report_not_found');
}

export async function myReports(options: ClientOptions): Promise<Outcome<FiledComplaint[]>> {
  const outcome = await sort(await call('/laporan-saya', { headers: { accept: 'application/json' } }, options), isList);
  return outcome.kind === 'ok' ? { kind: 'ok', value: outcome.value.items } : outcome;
}
