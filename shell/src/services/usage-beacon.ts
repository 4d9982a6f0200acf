import { connectivity } from './connectivity';

/** What the registry counts: a service page shown, or the first answer of its form typed. */
export type UsageEvent = 'open' | 'formStart';

export const USAGE_URL = '/api/v1/telemetry/opens';

interface BeaconDeps {
  sendBeacon: ((url: string, data: Blob) => boolean) | undefined;
  offline: boolean;
}

const browserDeps = (): BeaconDeps => ({
  sendBeacon: typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' ? navigator.sendBeacon.bind(navigator) : undefined,
  offline: connectivity.offline,
});

/**
 * Tells the registry a service was used, for its OPD's usage chart. Only `{ slug, event }` is
 * sent, and the registry keeps only a per-day counter (no address, no account). A beacon never
 * delays the page, survives the page closing, and needs no answer: nothing here awaits, throws
 * or retries, and nothing is sent offline (a count is not worth a queue). Returns whether the
 * browser took the beacon.
 */
export function sendUsageBeacon(slug: string, event: UsageEvent, deps: BeaconDeps = browserDeps()): boolean {
  try {
    if (deps.offline || !deps.sendBeacon) return false;
    return deps.sendBeacon(USAGE_URL, new Blob([JSON.stringify({ slug, event })], { type: 'application/json' }));
  } catch {
    return false;
  }
}

/** An event listener that counts a form's start once: the first input of this page view. */
export function formStartCounter(slug: string, send: (slug: string, event: UsageEvent) => unknown = sendUsageBeacon): () => void {
  let counted = false;
  return () => {
    if (counted) return;
    counted = true;
    send(slug, 'formStart');
  };
}
