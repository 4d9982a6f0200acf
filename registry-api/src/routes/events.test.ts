import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { changeEvents, type ChangeEventType } from '../db/schema';
import { CatalogueCache } from '../domain/catalogue/catalogue-cache';
import { ChangeFeed } from '../domain/events/change-feed';
import { recordChange } from '../domain/events/record-change';
import { SseReader, type SseFrame } from '../test-support/sse-reader';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('GET /api/v1/events (%s)', (driver) => {
  let database: TestDatabase;
  let feed: ChangeFeed;
  let app: PalapaApp;
  const readers: SseReader[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    feed = new ChangeFeed({ db: database.db, listen: database.listen, safetyPollMs: 0 });
    await feed.start();
    app = createApp({ db: database.db, cache: new CatalogueCache(), changeFeed: feed });
  });

  afterAll(async () => {
    await Promise.all(readers.map((reader) => reader.close()));
    await feed?.stop();
    await database?.dispose();
  });

  /** A citizen's shell connecting, anonymously; closed after the suite if the test does not. */
  async function connect(init: { path?: string; headers?: Record<string, string>; on?: PalapaApp } = {}) {
    const response = await (init.on ?? app).request(init.path ?? '/api/v1/events', { headers: init.headers });
    expect(response.status).toBe(200);
    const reader = new SseReader(response.body);
    readers.push(reader);
    return { response, reader };
  }

  /** What a mutation does: record in its transaction, then (afterChange) poke the local feed. */
  async function record(type: ChangeEventType, payload: Record<string, unknown>): Promise<number> {
    const id = await database.db.transaction((tx) => recordChange(tx, type, payload));
    await feed.poke();
    return id;
  }

  function expectChange(frame: SseFrame, id: number, type: ChangeEventType, payload: Record<string, unknown>) {
    expect({ id: frame.id, event: frame.event }).toEqual({ id: String(id), event: type });
    const data = JSON.parse(frame.data) as Record<string, unknown>;
    expect(data).toEqual({ ...payload, at: expect.any(String) });
    expect(Date.now() - Date.parse(String(data.at))).toBeLessThan(60_000);
  }

  it('streams a recorded change with its id, type and payload, with headers that keep proxies from buffering', async () => {
    const { response, reader } = await connect();
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');

    const id = await record('service.disabled', { slug: 'darurat', reason: 'Uji tombol darurat' });
    expectChange(await reader.next(), id, 'service.disabled', { slug: 'darurat', reason: 'Uji tombol darurat' });
    const next = await record('service.enabled', { slug: 'darurat', reason: 'Selesai' });
    expectChange(await reader.next(), next, 'service.enabled', { slug: 'darurat', reason: 'Selesai' });
  });

  it('sends every change to every open stream, once each, in order', async () => {
    const [first, second] = [await connect(), await connect()];
    const ids = [
      await record('version.activated', { slug: 'cek-pbb', version: '1.1.0' }),
      await record('catalogue.changed', { slug: 'cek-pbb' }),
    ];
    for (const { reader } of [first, second]) {
      expect([(await reader.next()).id, (await reader.next()).id]).toEqual(ids.map(String));
      expect(await reader.nextOrNull({ timeoutMs: 150 })).toBeNull();
    }
  });

  it('replays exactly the changes missed since Last-Event-ID, in order, then goes live', async () => {
    const seen = await record('catalogue.changed', { slug: 'ppid' });
    const missed = [
      await record('service.disabled', { slug: 'ppid', reason: 'a' }),
      await record('service.enabled', { slug: 'ppid', reason: 'b' }),
      await record('version.activated', { slug: 'ppid', version: '2.0.0' }),
    ];
    const { reader } = await connect({ headers: { 'Last-Event-ID': String(seen) } });
    expectChange(await reader.next(), missed[0]!, 'service.disabled', { slug: 'ppid', reason: 'a' });
    expectChange(await reader.next(), missed[1]!, 'service.enabled', { slug: 'ppid', reason: 'b' });
    expectChange(await reader.next(), missed[2]!, 'version.activated', { slug: 'ppid', version: '2.0.0' });
    const live = await record('catalogue.changed', { slug: 'ppid' });
    expect((await reader.next()).id).toBe(String(live));
    expect(await reader.nextOrNull({ timeoutMs: 150 })).toBeNull();
  });

  it('resumes from ?lastEventId= for polyfills, and prefers the header a reconnecting EventSource sends', async () => {
    const first = await record('catalogue.changed', { n: 1 });
    const second = await record('catalogue.changed', { n: 2 });
    const third = await record('catalogue.changed', { n: 3 });
    const byQuery = await connect({ path: `/api/v1/events?lastEventId=${first}` });
    expect([(await byQuery.reader.next()).id, (await byQuery.reader.next()).id]).toEqual([String(second), String(third)]);
    const both = await connect({ path: `/api/v1/events?lastEventId=${first}`, headers: { 'Last-Event-ID': String(second) } });
    expect((await both.reader.next()).id).toBe(String(third));
    expect(await both.reader.nextOrNull({ timeoutMs: 150 })).toBeNull();
  });

  it.each(['abc', '-1', '1e3', '12.5', '', '9'.repeat(40)])('ignores an unusable Last-Event-ID %j and starts live', async (lastEventId) => {
    await record('catalogue.changed', { before: true });
    const { reader } = await connect({ headers: { 'Last-Event-ID': lastEventId } });
    const live = await record('catalogue.changed', { before: false });
    expect((await reader.next()).id).toBe(String(live));
  });

  it('tells a client more than 1000 changes behind to refetch, then streams live', async () => {
    const behind = await feed.latestId();
    await database.db.insert(changeEvents).values(Array.from({ length: 1001 }, (_, n) => ({ type: 'catalogue.changed' as const, payload: { n } })));
    await feed.poke();
    const head = await feed.latestId();
    const { reader } = await connect({ headers: { 'Last-Event-ID': String(behind) } });
    const resync = await reader.next();
    expect({ id: resync.id, event: resync.event }).toEqual({ id: String(head), event: 'catalogue.changed' });
    expect(JSON.parse(resync.data)).toMatchObject({ resync: true });
    const live = await record('service.disabled', { slug: 'cctv', reason: 'x' });
    expect((await reader.next()).id).toBe(String(live));
  });

  it('tells a client with an id this database never issued to refetch', async () => {
    const head = await feed.latestId();
    const { reader } = await connect({ headers: { 'Last-Event-ID': String(head + 1_000_000) } });
    const resync = await reader.next();
    expect({ id: resync.id, event: resync.event }).toEqual({ id: String(head), event: 'catalogue.changed' });
    expect(JSON.parse(resync.data)).toMatchObject({ resync: true });
  });

  it('sends a heartbeat without an id, so proxies keep the stream open and Last-Event-ID stays put', async () => {
    const quick = createApp({ db: database.db, changeFeed: feed, eventsHeartbeatMs: 40 });
    const { reader } = await connect({ on: quick });
    const beat = await reader.next({ heartbeats: true, timeoutMs: 1000 });
    expect(beat.event).toBe('heartbeat');
    expect(beat.id).toBeUndefined();
    expect((await reader.next({ heartbeats: true, timeoutMs: 1000 })).event).toBe('heartbeat');
  });

  it('drops the subscription when the client disconnects', async () => {
    const before = feed.subscriberCount;
    const { reader } = await connect();
    expect(feed.subscriberCount).toBe(before + 1);
    await reader.close();
    await expect.poll(() => feed.subscriberCount, { timeout: 2000 }).toBe(before);
    // The feed goes on for everyone else.
    const other = await connect();
    const id = await record('catalogue.changed', { after: 'disconnect' });
    expect((await other.reader.next()).id).toBe(String(id));
  });

  it('is public and described in a valid OpenAPI document', async () => {
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(document.paths['/events']?.get).toBeDefined();
    const validation = await new Validator().validate(document);
    expect(validation.errors ?? []).toEqual([]);
    const withoutFeed = createApp({ db: database.db });
    expect((await withoutFeed.request('/api/v1/events')).status).toBe(404);
  });
});
