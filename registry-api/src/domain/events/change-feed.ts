import { asc, gt, max } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/client';
import { changeEvents, type ChangeEventType } from '../../db/schema';
import type { CatalogueCache } from '../catalogue/catalogue-cache';
import { CHANGES_CHANNEL } from './record-change';

/** A change as the shells receive it. */
export interface ChangeEvent {
  id: number;
  type: ChangeEventType;
  payload: Record<string, unknown>;
  /** When it was recorded, ISO 8601. */
  at: string;
}

export type ChangeListener = (event: ChangeEvent) => void;

export interface ChangeFeedOptions {
  db: Database;
  /** The handle's LISTEN; the feed only needs the notifications, not the handle itself. */
  listen: DatabaseHandle['listen'];
  /** Dropped on every delivered change, so a change made through any instance refreshes this one. */
  cache?: CatalogueCache | undefined;
  /** Rows read per query while catching up. */
  batchSize?: number;
  /**
   * A catch-up every so often even without a notification: NOTIFYs sent while the LISTEN
   * connection was reconnecting are lost, and this bounds how late their changes arrive. 0: never.
   */
  safetyPollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Fans the change_events table out to this instance's subscribers (the SSE streams).
 *
 * Every instance LISTENs on {@link CHANGES_CHANNEL}; a notification only says "something new", and
 * the feed then reads every row past the last one it delivered, in id order. So notifications may
 * coalesce or be lost (a reconnecting LISTEN connection) without an event being skipped: the next
 * notification or `poke()` catches up. recordChange serialises writers, so ids become visible in
 * order and the cursor never jumps over a row that commits later.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly batchSize: number;
  private readonly onError: (error: unknown) => void;
  private cursor = 0;
  private started = false;
  private unlisten: (() => Promise<void>) | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  /** The catch-up running now, and the one queued behind it (shared by every caller meanwhile). */
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(private readonly options: ChangeFeedOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.onError = options.onError ?? ((error) => console.error('[registry-api] change feed:', error));
  }

  /** Starts at the newest recorded change (history is for `since`), then LISTENs. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // LISTEN first: a change committed between the two steps is then caught by its notification,
    // whose catch-up queues behind this one (so it never reads from a cursor not yet set).
    const ready = (async () => {
      this.unlisten = await this.options.listen(CHANGES_CHANNEL, () => void this.poke());
      this.cursor = await this.latestId();
    })();
    this.running = ready.catch(() => {});
    try {
      await ready;
    } catch (error) {
      this.started = false;
      throw error;
    }
    const every = this.options.safetyPollMs ?? 10_000;
    if (every > 0) {
      this.poll = setInterval(() => void this.poke(), every);
      this.poll.unref();
    }
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.started = false;
    this.listeners.clear();
    if (unlisten) await unlisten().catch((error: unknown) => this.onError(error));
    await this.running;
  }

  /** Subscribes to every change delivered from now on; returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** The id of the last change delivered: every later change will reach the subscribers. */
  get lastDeliveredId(): number {
    return this.cursor;
  }

  /**
   * Reads and delivers what is new now, without waiting for the NOTIFY round trip: call it after a
   * local commit. Resolves once changes committed before the call are delivered; never rejects
   * (a database error is reported to `onError` and the next poke or notification retries).
   */
  poke(): Promise<void> {
    if (!this.started) return Promise.resolve();
    // A catch-up that has not begun yet will read this caller's commit too: share it.
    if (this.queued) return this.queued;
    const next = this.running.then(() => {
      this.queued = null;
      return this.catchUp().catch((error: unknown) => {
        this.onError(error);
      });
    });
    this.queued = next;
    this.running = next;
    return next;
  }

  /** Changes after `lastEventId` in id order, at most `limit` of them: a reconnecting client's replay. */
  async since(lastEventId: number, limit: number): Promise<ChangeEvent[]> {
    const rows = await this.options.db
      .select()
      .from(changeEvents)
      .where(gt(changeEvents.id, lastEventId))
      .orderBy(asc(changeEvents.id))
      .limit(limit);
    return rows.map(toChangeEvent);
  }

  /** The newest recorded change's id (0 when there is none). */
  async latestId(): Promise<number> {
    const [row] = await this.options.db.select({ id: max(changeEvents.id) }).from(changeEvents);
    return Number(row?.id ?? 0);
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const events = await this.since(this.cursor, this.batchSize);
      if (events.length === 0) return;
      // Before the subscribers hear of it, so a shell refetching on the event gets the new catalogue.
      this.options.cache?.invalidate();
      for (const event of events) {
        this.cursor = event.id;
        this.deliver(event);
      }
      if (events.length < this.batchSize) return;
    }
  }

  private deliver(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not starve the others.
        this.onError(error);
      }
    }
  }
}

function toChangeEvent(row: typeof changeEvents.$inferSelect): ChangeEvent {
  return { id: row.id, type: row.type, payload: row.payload, at: row.at.toISOString() };
}
