/**
 * Asks BPKPD about one NOP through the portal's service gateway (`shell.fetchGateway`, which knows
 * the way and the session), and sorts every outcome into one the citizen can act on.
 */
import type { ShellContext } from '@palapa/sdk';
import type { PbbAnswer } from './pbb-answer';

export type PbbLookup =
  | { kind: 'found'; answer: PbbAnswer }
  | { kind: 'not-found' }
  /** The back end refused the NOP (a rule this plugin does not know yet). */
  | { kind: 'invalid' }
  /** The gateway could not reach BPKPD, or BPKPD did not answer in time (502/504). */
  | { kind: 'unreachable' }
  | { kind: 'busy' }
  /** Anything else: offline, a 5xx of the back end, an answer that is not what we expect. */
  | { kind: 'failed' };

function looksLikeAnswer(value: unknown): value is PbbAnswer {
  const answer = value as Partial<PbbAnswer> | null;
  return typeof answer?.nop === 'string' && Array.isArray(answer.years) && typeof answer.outstanding?.total === 'number';
}

/**
 * @param digits the 18 digits of a NOP already checked by parseNop
 * @param fetchGateway the shell's `fetchGateway`; null before the shell handed it over (then: failed)
 */
export async function lookUpNop(
  digits: string,
  fetchGateway: ShellContext['fetchGateway'] | null,
  options: { signal?: AbortSignal } = {},
): Promise<PbbLookup> {
  let response: Response;
  try {
    if (!fetchGateway) return { kind: 'failed' };
    response = await fetchGateway(`/objek/${encodeURIComponent(digits)}`, {
      headers: { accept: 'application/json' },
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { kind: 'failed' };
  }
  switch (response.status) {
    case 200: {
      const body: unknown = await response.json().catch(() => null);
      return looksLikeAnswer(body) ? { kind: 'found', answer: body } : { kind: 'failed' };
    }
    case 400:
      return { kind: 'invalid' };
    case 404:
      // The gateway's own 404 (no approved back end) says nothing about the NOP: BPKPD is unreachable.
      return (await isBackendNotFound(response)) ? { kind: 'not-found' } : { kind: 'unreachable' };
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

/** BPKPD answers an unknown NOP with `{ error: { code: 'nop_not_found' } }`. */
async function isBackendNotFound(response: Response): Promise<boolean> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code === 'nop_not_found';
}
