/**
 * Whether the portal can reach its registry right now. The browser's online flag alone is not
 * enough: a phone on a captive wifi is "online" while the registry is out of reach, and the
 * service worker answers from its cache without the page noticing. So every API answer tells this
 * store where it came from (the service worker marks answers from its cache with FROM_CACHE_HEADER).
 */
export const FROM_CACHE_HEADER = 'X-Palapa-From-Cache';

class Connectivity extends EventTarget {
  private registryReachable = true;

  constructor() {
    super();
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => this.changed());
    window.addEventListener('offline', () => this.changed());
  }

  /** True when the citizen may be looking at data older than the registry's. */
  get offline(): boolean {
    return (typeof navigator !== 'undefined' && navigator.onLine === false) || !this.registryReachable;
  }

  /** True when the device itself has no connection (rather than the registry being out of reach). */
  get deviceOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  /** Records how an API request went: a fresh answer, or none / a cached one. */
  observe(outcome: 'fresh' | 'unreachable'): void {
    const reachable = outcome === 'fresh';
    if (reachable === this.registryReachable) return;
    this.registryReachable = reachable;
    this.changed();
  }

  private changed() {
    this.dispatchEvent(new Event('change'));
  }
}

export const connectivity = new Connectivity();
