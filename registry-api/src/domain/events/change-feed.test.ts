import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers, type TestDatabase } from '../../test-support/test-database';
import { CatalogueCache } from '../catalogue/catalogue-cache';
import { ChangeFeed, type ChangeEvent } from './change-feed';
import { recordChange } from './record-change';

describe.each(testDrivers())('ChangeFeed (%s)', (driver) => {
  let database: TestDatabase;
  const feeds: ChangeFeed[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(async () => {
    await Promise.all(feeds.splice(0).map((feed) => feed.stop()));
  });
  afterAll(async () => {
    await database?.dispose();
  });

  async function startFeed(options: Partial<ConstructorParameters<typeof ChangeFeed>[0]> = {}) {
    const feed = new ChangeFeed({ db: database.db, listen: database.listen, safetyPollMs: 0, ...options });
    feeds.push(feed);
    await feed.start();
    const received: ChangeEvent[] = [];
    feed.subscribe((event) => received.push(event));
    return { feed, received };
  }

  const record = (slug: string) => database.db.transaction((tx) => recordChange(tx, 'catalogue.changed', { slug }));

  it('delivers a change committed anywhere on its NOTIFY alone, without a poke', async () => {
    const { received } = await startFeed();
    const id = await record('notified');
    await expect.poll(() => received.map((event) => event.id), { timeout: 2000 }).toEqual([id]);
    expect(received[0]).toMatchObject({ type: 'catalogue.changed', payload: { slug: 'notified' } });
  });

  it('starts at the newest change: history is for since(), not for new subscribers', async () => {
    const old = await record('old');
    const { feed, received } = await startFeed();
    expect(feed.lastDeliveredId).toBe(old);
    await feed.poke();
    expect(received).toEqual([]);
  });

  it('delivers coalesced changes in id order, exactly once, however many pokes race', async () => {
    const { feed, received } = await startFeed();
    const ids = [await record('a'), await record('b'), await record('c')];
    await Promise.all([feed.poke(), feed.poke(), feed.poke()]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the three NOTIFYs arrive too
    await feed.poke();
    expect(received.map((event) => event.id)).toEqual(ids);
  });

  it('catches up past its batch size', async () => {
    const { feed, received } = await startFeed({ batchSize: 2 });
    const ids = [await record('1'), await record('2'), await record('3'), await record('4'), await record('5')];
    await feed.poke();
    expect(received.map((event) => event.id)).toEqual(ids);
  });

  it('drops the catalogue cache before the subscribers hear of a change', async () => {
    const cache = new CatalogueCache();
    const { feed } = await startFeed({ cache });
    let loads = 0;
    const load = () => cache.get('list', async () => ({ loads: ++loads }));
    await load();
    let loadsSeenByListener = 0;
    feed.subscribe(() => {
      void load();
      loadsSeenByListener = loads;
    });
    await record('cached');
    await feed.poke();
    expect(loadsSeenByListener).toBe(2); // a miss: the listener's read went to the database
  });

  it('keeps delivering when a subscriber throws, reporting the error', async () => {
    const errors: unknown[] = [];
    const { feed, received } = await startFeed({ onError: (error) => errors.push(error) });
    feed.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const late: ChangeEvent[] = [];
    feed.subscribe((event) => late.push(event));
    const id = await record('robust');
    await feed.poke();
    expect(received.map((event) => event.id)).toEqual([id]);
    expect(late.map((event) => event.id)).toEqual([id]);
    expect(errors).toEqual([expect.objectContaining({ message: 'broken subscriber' })]);
  });

  it('reports a database error instead of throwing, and catches up once the database answers', async () => {
    const errors: unknown[] = [];
    let failing = false;
    // The feed's reads fail while `failing`, as they would with the database down.
    const db = new Proxy(database.db, {
      get: (target, property, receiver) =>
        property === 'select' && failing
          ? () => {
              throw new Error('connection lost');
            }
          : (Reflect.get(target, property, receiver) as unknown),
    });
    const { feed, received } = await startFeed({ db, onError: (error) => errors.push(error) });
    failing = true;
    const id = await record('after outage');
    await expect(feed.poke()).resolves.toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ message: 'connection lost' }));
    failing = false;
    await feed.poke();
    expect(received.map((event) => event.id)).toEqual([id]);
  });

  it('replays with since(), in id order and capped', async () => {
    const { feed } = await startFeed();
    const from = await feed.latestId();
    const ids = [await record('x'), await record('y'), await record('z')];
    expect((await feed.since(from, 10)).map((event) => event.id)).toEqual(ids);
    expect((await feed.since(from, 2)).map((event) => event.id)).toEqual(ids.slice(0, 2));
    expect(await feed.since(ids[2]!, 10)).toEqual([]);
  });

  it('stops listening and forgets its subscribers on stop()', async () => {
    const { feed, received } = await startFeed();
    await feed.stop();
    expect(feed.subscriberCount).toBe(0);
    await record('after stop');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await feed.poke();
    expect(received).toEqual([]);
  });

  it('makes concurrent recorders commit in id order, so the cursor never skips a late commit', async () => {
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstId = 0;
    const first = database.db.transaction(async (tx) => {
      firstId = await recordChange(tx, 'service.disabled', { slug: 'first' });
      await firstHolds;
    });
    await expect.poll(() => firstId).toBeGreaterThan(0);
    let secondDone = false;
    const second = record('second').then((id) => ((secondDone = true), id));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondDone).toBe(false); // waits for the first to commit
    releaseFirst();
    await first;
    expect(await second).toBeGreaterThan(firstId);
  });
});
