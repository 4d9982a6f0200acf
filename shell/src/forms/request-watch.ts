import { REQUEST_STATUS_LABELS, type RequestStatus } from '@palapa/sdk/forms';
import { pick } from '@palapa/sdk';
import { localeStore } from '../i18n/locale';
import { connectivity } from '../services/connectivity';
import { fetchStatuses, postRequest } from './forms-api';
import { ft } from './form-i18n';
import { KeptRequests, type KeptRequest } from './kept-requests';
import { RequestOutbox, type OutboxFiledDetail } from './request-outbox';
import { showRequestNotice } from './palapa-request-notice';

/**
 * The device's forms state and what keeps it moving: the outbox is flushed at start, when the
 * connection comes back and on a backoff timer; the requests kept here are polled for status
 * changes (at start, on focus, every minute while the page is visible), and a change is announced
 * with a link to the request. Loaded at start only on devices that have something here.
 */
export const keptRequests = new KeptRequests();

export const outbox = new RequestOutbox({
  storage: () => localStorage,
  send: (item) => postRequest(item.slug, item.key, { definitionVersion: item.definitionVersion, values: item.values }),
  onFiled: (_item, filed) => keptRequests.keep(filed),
  // Two tabs must not send the same submission at once (the key would make it harmless, but not free).
  lock: acrossTabs,
});

function acrossTabs<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return run();
  // The lock is held until run's promise settles; request() resolves with what it resolved with.
  return navigator.locks.request('palapa-forms-outbox', run) as Promise<T>;
}

const POLL_MS = 60_000;
const FINAL: readonly RequestStatus[] = ['selesai', 'ditolak'];
let started = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let lastPoll = 0;

/** Starts the watch (once per page). */
export function watchRequests(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flushOutbox(true));
  connectivity.addEventListener('change', () => {
    if (!connectivity.offline) void flushOutbox(true);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void pollStatuses();
  });
  window.addEventListener('focus', () => void pollStatuses());
  setInterval(() => {
    if (document.visibilityState === 'visible') void pollStatuses(true);
  }, POLL_MS);
  outbox.addEventListener('filed', (event) => {
    const { filed } = (event as CustomEvent<OutboxFiledDetail>).detail;
    showRequestNotice(ft('notice.changed', { code: filed.trackingCode, service: pick(filed.service.name, localeStore.locale), status: statusLabel(filed.status) }), `/lacak/${filed.trackingCode}`);
  });
  void flushOutbox(false);
  void pollStatuses(true);
}

/** Sends what waits in the outbox, then sets the timer for the next try. */
export async function flushOutbox(force: boolean) {
  const report = await outbox.flush(force);
  clearTimeout(retryTimer);
  const next = outbox.nextAttemptAt();
  if (next !== null) retryTimer = setTimeout(() => void flushOutbox(false), Math.max(1_000, next - Date.now()));
  return report;
}

/** Asks the registry for the status of the requests kept here; announces each change. */
export async function pollStatuses(always = false): Promise<void> {
  // Focus and visibility often fire together: one poll is enough.
  if (!always && Date.now() - lastPoll < 5_000) return;
  lastPoll = Date.now();
  const open = keptRequests.list().filter((request) => !FINAL.includes(request.status));
  for (let start = 0; start < open.length; start += 50) {
    const batch = open.slice(start, start + 50);
    const items = await fetchStatuses(batch.map(({ trackingCode, verifier }) => ({ trackingCode, verifier }))).catch(() => null);
    if (!items) return; // offline: the next poll tries again
    for (const item of items) {
      const changed = keptRequests.updateStatus(item.trackingCode, item.status, item.updatedAt);
      if (changed) announceChange(changed);
    }
  }
}

function announceChange(request: KeptRequest) {
  showRequestNotice(
    ft('notice.changed', { code: request.trackingCode, service: pick(request.service.name, localeStore.locale), status: statusLabel(request.status) }),
    `/lacak/${request.trackingCode}`,
  );
}

function statusLabel(status: RequestStatus): string {
  return REQUEST_STATUS_LABELS[status][localeStore.locale];
}
