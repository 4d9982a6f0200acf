import type { LocalizedText } from '@palapa/sdk';
import type { FieldError } from '@palapa/sdk/forms';
import type { FiledRequest } from './forms-api-types';
import type { FileOutcome } from './forms-api';
import { isRecord, JsonSlot, type StorageLike } from './json-storage';
import { OUTBOX_KEY } from './device-storage-keys';

/**
 * Submissions waiting to reach the registry, kept on the device so that a citizen on a bad
 * connection never loses one: a submission goes in here BEFORE the first attempt, and leaves only
 * when the registry has filed it (or refused it for good, in which case it stays, marked, until the
 * citizen deals with it). Each keeps the Idempotency-Key made when it was queued, so however often
 * it is retried (a lost answer, two tabs, a reload mid-send) the registry files it once.
 * localStorage rather than IndexedDB: the items are small JSON, the API is synchronous (no torn
 * read-modify-write inside one tab) and other tabs are kept out with the Web Locks API.
 */
export interface OutboxItem {
  /** The Idempotency-Key, made once when the citizen pressed submit. */
  key: string;
  slug: string;
  serviceName: LocalizedText | null;
  definitionVersion: number;
  values: Record<string, unknown>;
  queuedAt: string;
  attempts: number;
  /** When the next automatic attempt may go (ISO); absent: at once. */
  nextAttemptAt?: string;
  /** Set when the registry refused it (a 4xx other than 408/429): retrying would not help. */
  rejected?: { code: string; message: string; fields: Record<string, FieldError> | null };
}

export type Sender = (item: OutboxItem) => Promise<FileOutcome>;

export interface OutboxOptions {
  storage: () => StorageLike;
  send: Sender;
  /** Called with the filed request before the item leaves the outbox (so it is never lost in between). */
  onFiled: (item: OutboxItem, filed: FiledRequest) => void;
  /** Cross-tab mutual exclusion (navigator.locks); without it, only this page is serialised. */
  lock?: <T>(run: () => Promise<T>) => Promise<T>;
  now?: () => number;
}

/** The `filed` event's detail (the `rejected` event's is the marked OutboxItem). */
export interface OutboxFiledDetail {
  item: OutboxItem;
  filed: FiledRequest;
}

export interface FlushReport {
  filed: { item: OutboxItem; filed: FiledRequest }[];
  rejected: OutboxItem[];
  waiting: OutboxItem[];
}

/** The wait before the n-th retry: 5 s, 10 s, 20 s … up to 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export class RequestOutbox extends EventTarget {
  private readonly slot: JsonSlot<OutboxItem[]>;
  private running: Promise<FlushReport> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: OutboxOptions) {
    super();
    this.slot = new JsonSlot(options.storage, OUTBOX_KEY, readItems);
    this.now = options.now ?? Date.now;
  }

  list(): OutboxItem[] {
    return this.slot.get();
  }

  find(key: string): OutboxItem | undefined {
    return this.list().find((item) => item.key === key);
  }

  /** Queues a submission; returns false when the device could keep it for this page only. */
  add(item: Omit<OutboxItem, 'attempts' | 'queuedAt'>): boolean {
    const kept = this.write([...this.list().filter((other) => other.key !== item.key), { ...item, attempts: 0, queuedAt: new Date(this.now()).toISOString() }]);
    return kept;
  }

  remove(key: string): void {
    this.write(this.list().filter((item) => item.key !== key));
  }

  /** The earliest time a waiting item may be tried again, or null when none waits. */
  nextAttemptAt(): number | null {
    const times = this.list()
      .filter((item) => !item.rejected)
      .map((item) => (item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : 0));
    return times.length ? Math.min(...times) : null;
  }

  /**
   * Sends every waiting item whose time has come (all of them with `force`), one at a time. A flush
   * already running is joined, not doubled.
   */
  flush(force = false): Promise<FlushReport> {
    if (!this.running) {
      this.running = this.runLocked(force).finally(() => (this.running = null));
      return this.running;
    }
    // One run is out: one more follows it (for items queued since it read the list), never two at once.
    this.followUp ??= this.running.then(() => {
      this.followUp = null;
      return this.flush(force);
    });
    return this.followUp;
  }
  private followUp: Promise<FlushReport> | null = null;

  private runLocked(force: boolean): Promise<FlushReport> {
    return this.options.lock ? this.options.lock(() => this.run(force)) : this.run(force);
  }

  private async run(force: boolean): Promise<FlushReport> {
    const report: FlushReport = { filed: [], rejected: [], waiting: [] };
    // Read afresh for every item: another tab may have sent (and removed) it while this one waited for the lock.
    for (const { key } of this.list()) {
      const item = this.find(key);
      if (!item || item.rejected) continue;
      if (!force && item.nextAttemptAt && Date.parse(item.nextAttemptAt) > this.now()) {
        report.waiting.push(item);
        continue;
      }
      const outcome = await this.options.send(item).catch((error: unknown): FileOutcome => ({ kind: 'retry', reason: String(error) }));
      if (outcome.kind === 'filed') {
        this.options.onFiled(item, outcome.filed);
        this.remove(key);
        report.filed.push({ item, filed: outcome.filed });
        this.dispatchEvent(new CustomEvent<OutboxFiledDetail>('filed', { detail: { item, filed: outcome.filed } }));
      } else if (outcome.kind === 'rejected') {
        const rejected = { ...item, rejected: { code: outcome.code, message: outcome.message, fields: outcome.fields } };
        this.replace(rejected);
        report.rejected.push(rejected);
        this.dispatchEvent(new CustomEvent<OutboxItem>('rejected', { detail: rejected }));
      } else {
        const attempts = item.attempts + 1;
        const waiting = { ...item, attempts, nextAttemptAt: new Date(this.now() + backoffMs(attempts)).toISOString() };
        this.replace(waiting);
        report.waiting.push(waiting);
      }
    }
    return report;
  }

  private replace(next: OutboxItem) {
    this.write(this.list().map((item) => (item.key === next.key ? next : item)));
  }

  private write(items: OutboxItem[]): boolean {
    const kept = this.slot.set(items);
    this.dispatchEvent(new Event('change'));
    return kept;
  }
}

function readItems(raw: unknown): OutboxItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is OutboxItem =>
      isRecord(item) && typeof item.key === 'string' && typeof item.slug === 'string' && Number.isInteger(item.definitionVersion) && isRecord(item.values) && typeof item.attempts === 'number',
  );
}

/** A fresh Idempotency-Key (the contract allows 8–100 of [A-Za-z0-9_-]). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an http:// intranet deployment still gets 128 random bits.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
