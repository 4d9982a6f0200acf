import type { PluginFailure } from '../loader/plugin-error';
import { session } from './session';

/** The phases the registry's telemetry endpoint knows (the contract with the gateway track). */
export type FailurePhase = 'load' | 'integrity' | 'timeout' | 'bootstrap' | 'mount' | 'unmount' | 'update' | 'runtime';

export interface PluginFailureReport {
  slug: string;
  version: string | null;
  phase: FailurePhase;
  message: string;
  reportedByCitizen: boolean;
}

export const TELEMETRY_URL = '/api/v1/telemetry/plugin-failures';
const MAX_MESSAGE = 500;

/** Maps the shell's reason for quarantining a plugin onto the registry's phases. */
export function phaseFor(failure: PluginFailure, message: string): FailurePhase {
  switch (failure) {
    case 'timeout':
      return 'timeout';
    case 'mount':
      return 'mount';
    case 'invalid':
      return /integrity/i.test(message) ? 'integrity' : 'load';
    case 'load':
    case 'missing':
      return 'load';
  }
}

/**
 * Tells the registry a plugin was quarantined, so its OPD learns of it before citizens complain.
 * Best effort: a failure to report (offline, endpoint missing, rate limited) is ignored, never
 * shown, and never breaks the page. Returns whether the registry accepted it.
 */
export async function reportPluginFailure(report: PluginFailureReport, send: typeof fetch = fetch): Promise<boolean> {
  const body: PluginFailureReport = { ...report, message: report.message.slice(0, MAX_MESSAGE) };
  try {
    const response = await send(TELEMETRY_URL, {
      method: 'POST',
      // A signed-in citizen's report carries the session's CSRF token, as every mutation must.
      headers: { 'Content-Type': 'application/json', ...session.mutationHeaders() },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      // The page may be closing (the citizen gave up): let the report finish anyway.
      keepalive: true,
    });
    return response.status === 202;
  } catch {
    return false;
  }
}
