import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { CHANGE_EVENT_TYPES } from '../db/schema';
import type { ChangeEvent, ChangeFeed } from '../domain/events/change-feed';
import { createApiRouter } from '../http/api-router';

export const HEARTBEAT_MS = 15_000;
/** The most missed changes replayed to a reconnecting shell; further behind, it refetches instead. */
export const REPLAY_LIMIT = 1000;
/** Frames queued for a client that does not read; past this it is dropped and resumes on reconnect. */
const MAX_QUEUED_FRAMES = 1000;

export interface EventRoutesOptions {
  feed: ChangeFeed;
  heartbeatMs?: number | undefined;
  replayLimit?: number | undefined;
}

// Plain strings on purpose: an unusable id is ignored (the client starts live), never a 400.
const eventIdSchema = z.string().optional();

const eventsRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['events'],
  summary: 'The change stream (server-sent events) that keeps open shells live',
  description:
    `Each change is a frame \`id: <change id>\`, \`event: <${CHANGE_EVENT_TYPES.join(' | ')}>\`, ` +
    '`data: <JSON payload with "at">`. A `heartbeat` event (no id) comes every 15 s. A client resuming ' +
    `with Last-Event-ID gets the changes it missed, or, more than ${REPLAY_LIMIT} behind, one ` +
    '`catalogue.changed` with `{"resync": true}` telling it to refetch the catalogue.',
  request: {
    headers: z.object({ 'last-event-id': eventIdSchema }),
    query: z.object({ lastEventId: eventIdSchema.openapi({ description: 'For EventSource polyfills that cannot send Last-Event-ID' }) }),
  },
  responses: {
    200: { description: 'An endless text/event-stream', content: { 'text/event-stream': { schema: z.string() } } },
  },
});

/**
 * GET /api/v1/events: the change stream the shells follow (server-sent events). Public: anonymous
 * citizens' shells must hear of a kill switch too, and the events say nothing the catalogue does not.
 */
export function eventRoutes(options: EventRoutesOptions) {
  const { feed } = options;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const replayLimit = options.replayLimit ?? REPLAY_LIMIT;
  const app = createApiRouter();

  app.openapi(eventsRoute, (c) => {
    // The header wins: a native EventSource keeps its first URL's query when it reconnects.
    const resumeFrom = parseEventId(c.req.valid('header')['last-event-id'] ?? c.req.valid('query').lastEventId);
    c.header('X-Accel-Buffering', 'no'); // nginx: pass each frame through at once
    return streamSSE(c, async (stream) => {
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      const out = new FrameWriter(stream);
      // Subscribe before reading the replay, buffering, so a change landing in between is not lost.
      let buffered: ChangeEvent[] | null = [];
      const unsubscribe = feed.subscribe((event) => (buffered ? buffered.push(event) : out.change(event)));
      const head = feed.lastDeliveredId; // every change after it reaches the subscription above
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      try {
        out.skipThrough(head);
        if (resumeFrom !== null) await replay(resumeFrom, head);
        for (const event of buffered) out.change(event);
        buffered = null;
        heartbeat = setInterval(() => out.heartbeat(), heartbeatMs);
        await closed;
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }

      async function replay(from: number, head: number) {
        const missed = await feed.since(from, replayLimit + 1);
        const unknown = missed.length === 0 && from > head && from > (await feed.latestId());
        if (missed.length > replayLimit || unknown) {
          // Too far behind (or an id from another database): one event telling it to refetch.
          out.resync(head);
          return;
        }
        out.skipThrough(from);
        for (const event of missed) out.change(event);
      }
    });
  });

  return app;
}

/** A Last-Event-ID we can resume from; anything else is ignored and the client starts live. */
function parseEventId(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,15}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** Writes one client's frames in order, once each, and drops a client that stopped reading. */
class FrameWriter {
  private lastId = 0;
  private queued = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly stream: SSEStreamingApi) {}

  /** Changes up to `id` are already known to the client (or not owed to it): never send them. */
  skipThrough(id: number) {
    this.lastId = id;
  }

  change(event: ChangeEvent) {
    if (event.id <= this.lastId) return;
    this.lastId = event.id;
    this.send({ id: String(event.id), event: event.type, data: JSON.stringify({ ...event.payload, at: event.at }) });
  }

  resync(id: number) {
    this.lastId = id;
    const data = JSON.stringify({ resync: true, at: new Date().toISOString() });
    this.send({ id: String(id), event: 'catalogue.changed', data });
  }

  /** No id: a heartbeat must not move the client's Last-Event-ID. */
  heartbeat() {
    this.send({ event: 'heartbeat', data: JSON.stringify({ at: new Date().toISOString() }) });
  }

  private send(frame: { id?: string; event: string; data: string }) {
    if (this.stream.aborted || this.stream.closed) return;
    if (++this.queued > MAX_QUEUED_FRAMES) {
      this.stream.abort();
      return;
    }
    this.tail = this.tail
      .then(() => this.stream.writeSSE(frame))
      .catch(() => {}) // a gone client: its abort handler cleans up
      .finally(() => void (this.queued -= 1));
  }
}
