import type { CDPSession } from 'playwright-core';

/**
 * DevTools' "Slow 4G" profile, the one issue 4's budgets are written against: 150 ms round trip,
 * 1.6 Mbps down, 750 kbps up, and a CPU four times slower than this machine's.
 */
export const SLOW_4G = {
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  cpuSlowdown: 4,
} as const;

export async function applySlow4G(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latencyMs,
    // CDP wants bytes per second.
    downloadThroughput: SLOW_4G.downloadBitsPerSecond / 8,
    uploadThroughput: SLOW_4G.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
}

/**
 * A cold visit: nothing in the HTTP cache, no device copy of the catalogue, and no service worker
 * answering from its precache (it would hide every network cost the budgets are about).
 */
export async function makeCold(cdp: CDPSession, origin: string): Promise<void> {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
}
