import { describe, expect, it } from 'vitest';
import type { FiledRequest } from './forms-api-types';
import type { FileOutcome } from './forms-api';
import { backoffMs, newIdempotencyKey, RequestOutbox, type OutboxItem } from './request-outbox';
import type { StorageLike } from './json-storage';

/** A device's storage that outlives the outbox objects built on it (a page reload). */
function deviceStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const filed = (code: string): FiledRequest => ({
  trackingCode: code,
  verifier: 'AB12CD',
  status: 'diterima',
  dueDate: '2025-01-10',
  createdAt: '2025-01-02T03:04:05.000Z',
  definitionVersion: 1,
  service: { slug: 'surat-domisili', name: { id: 'Surat Domisili', en: '' } },
});

const submission = (key: string) => ({ key, slug: 'surat-domisili', serviceName: null, definitionVersion: 1, values: { nama: 'Siti' } });

/** A registry stand-in that records every attempt and answers what the test scripts. */
function registry(answers: Array<FileOutcome | (() => Promise<FileOutcome>)>) {
  const attempts: { key: string; values: unknown }[] = [];
  const send = async (item: OutboxItem): Promise<FileOutcome> => {
    attempts.push({ key: item.key, values: item.values });
    const next = answers.shift() ?? { kind: 'retry', reason: 'offline' };
    return typeof next === 'function' ? next() : next;
  };
  return { attempts, send };
}

describe('request outbox', () => {
  it('keeps a queued submission across a reload and sends it later with the same key', async () => {
    const storage = deviceStorage();
    const offline = registry([{ kind: 'retry', reason: 'network' }]);
    const first = new RequestOutbox({ storage: () => storage, send: offline.send, onFiled: () => {} });
    first.add(submission('key-aaaaaaaa'));
    await first.flush();
    expect(first.list()).toHaveLength(1);

    // The page reloads: a new outbox over the same storage still holds it.
    const kept: FiledRequest[] = [];
    const online = registry([{ kind: 'filed', filed: filed('MJK-7QK4M9') }]);
    const second = new RequestOutbox({ storage: () => storage, send: online.send, onFiled: (_item, request) => kept.push(request) });
    expect(second.list().map((item) => item.key)).toEqual(['key-aaaaaaaa']);
    await second.flush(true);
    expect(online.attempts).toEqual([{ key: 'key-aaaaaaaa', values: { nama: 'Siti' } }]);
    expect(offline.attempts[0]?.key).toBe('key-aaaaaaaa');
    expect(kept.map((request) => request.trackingCode)).toEqual(['MJK-7QK4M9']);
    expect(second.list()).toEqual([]);
  });

  it('never sends one submission twice: concurrent flushes join, and a filed one is gone', async () => {
    const storage = deviceStorage();
    let answer!: (outcome: FileOutcome) => void;
    const slow = registry([() => new Promise<FileOutcome>((resolve) => (answer = resolve))]);
    const outbox = new RequestOutbox({ storage: () => storage, send: slow.send, onFiled: () => {} });
    outbox.add(submission('key-bbbbbbbb'));
    const one = outbox.flush();
    const two = outbox.flush(true); // e.g. the `online` event while the first attempt is out
    await Promise.resolve();
    answer({ kind: 'filed', filed: filed('MJK-AAAAAA') });
    await Promise.all([one, two]);
    await outbox.flush(true);
    expect(slow.attempts).toHaveLength(1);
  });

  it('sends a submission queued while a flush is out, in a follow-up run', async () => {
    const storage = deviceStorage();
    let answer!: (outcome: FileOutcome) => void;
    const slow = registry([() => new Promise<FileOutcome>((resolve) => (answer = resolve)), { kind: 'filed', filed: filed('MJK-CCCCCC') }]);
    const outbox = new RequestOutbox({ storage: () => storage, send: slow.send, onFiled: () => {} });
    const filedKeys: string[] = [];
    outbox.addEventListener('filed', (event) => filedKeys.push((event as CustomEvent<{ item: OutboxItem }>).detail.item.key));
    outbox.add(submission('key-11111111'));
    const first = outbox.flush();
    await Promise.resolve();
    outbox.add(submission('key-22222222'));
    const second = outbox.flush(true);
    answer({ kind: 'filed', filed: filed('MJK-BBBBBB') });
    await Promise.all([first, second]);
    expect(slow.attempts.map((a) => a.key)).toEqual(['key-11111111', 'key-22222222']);
    expect(filedKeys).toEqual(['key-11111111', 'key-22222222']);
  });

  it('records the filed request before the submission leaves the outbox', async () => {
    const storage = deviceStorage();
    const outbox = new RequestOutbox({
      storage: () => storage,
      send: registry([{ kind: 'filed', filed: filed('MJK-BBBBBB') }]).send,
      onFiled: () => expect(outbox.list()).toHaveLength(1),
    });
    outbox.add(submission('key-cccccccc'));
    const report = await outbox.flush();
    expect(report.filed.map((f) => f.filed.trackingCode)).toEqual(['MJK-BBBBBB']);
  });

  it('backs off after a failure and waits its turn unless forced', async () => {
    const storage = deviceStorage();
    let now = Date.parse('2025-01-02T00:00:00Z');
    const flaky = registry([{ kind: 'retry', reason: 'HTTP 503' }]);
    const outbox = new RequestOutbox({ storage: () => storage, send: flaky.send, onFiled: () => {}, now: () => now });
    outbox.add(submission('key-dddddddd'));
    await outbox.flush();
    expect(outbox.list()[0]?.attempts).toBe(1);
    expect(outbox.nextAttemptAt()).toBe(now + backoffMs(1));
    await outbox.flush();
    expect(flaky.attempts).toHaveLength(1); // too early: not sent
    now += backoffMs(1);
    await outbox.flush();
    expect(flaky.attempts.map((a) => a.key)).toEqual(['key-dddddddd', 'key-dddddddd']);
    expect(backoffMs(1)).toBeLessThan(backoffMs(2));
    expect(backoffMs(50)).toBe(5 * 60_000);
  });

  it('keeps a refused submission, marked, and does not send it again', async () => {
    const storage = deviceStorage();
    const refusing = registry([{ kind: 'rejected', code: 'invalid_answers', message: 'bad', fields: { nik: { code: 'nikFormat' } } }]);
    const outbox = new RequestOutbox({ storage: () => storage, send: refusing.send, onFiled: () => {} });
    outbox.add(submission('key-eeeeeeee'));
    const report = await outbox.flush();
    expect(report.rejected[0]?.rejected?.fields).toEqual({ nik: { code: 'nikFormat' } });
    await outbox.flush(true);
    expect(refusing.attempts).toHaveLength(1);
    expect(outbox.list()[0]?.rejected?.code).toBe('invalid_answers');
    expect(outbox.nextAttemptAt()).toBeNull();
  });

  it('holds the submission for the page when the storage refuses writes', async () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const outbox = new RequestOutbox({ storage: () => full, send: registry([]).send, onFiled: () => {} });
    expect(outbox.add(submission('key-ffffffff'))).toBe(false);
    expect(outbox.list()).toHaveLength(1);
  });

  it('makes keys the registry accepts', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
