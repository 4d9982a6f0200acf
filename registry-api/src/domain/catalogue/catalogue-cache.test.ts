import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CatalogueCache, prepareResponse } from './catalogue-cache';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('prepareResponse', () => {
  it('serializes once, with a strong ETag and a gzip variant under the weak form of the same tag', () => {
    const value = { items: Array.from({ length: 50 }, (_, i) => ({ slug: `layanan-${i}` })), total: 50 };
    const response = prepareResponse(value);
    expect(JSON.parse(text(response.body))).toEqual(value);
    expect(response.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(response.gzipEtag).toBe(`W/${response.etag}`);
    expect(JSON.parse(text(gunzipSync(response.gzip ?? new Uint8Array())))).toEqual(value);
  });

  it('does not gzip a small body', () => {
    expect(prepareResponse({ items: [], total: 0 }).gzip).toBeNull();
  });
});

describe('CatalogueCache', () => {
  it('shares one load between concurrent requests and remembers the raw request once settled', async () => {
    const cache = new CatalogueCache();
    let loads = 0;
    const load = async () => ({ n: ++loads });
    const [a, b] = await Promise.all([cache.get('k', load, 'q=a'), cache.get('k', load, 'q=A')]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(cache.peek('q=a')).toBe(a);
    expect(cache.peek('q=A')).toBe(a);
    expect(cache.peek('q=b')).toBeUndefined();
  });

  it('forgets everything on a change', async () => {
    const cache = new CatalogueCache();
    await cache.get('k', async () => 1, 'q=a');
    cache.invalidate();
    expect(cache.peek('q=a')).toBeUndefined();
    let loads = 0;
    await cache.get('k', async () => ++loads);
    expect(loads).toBe(1);
  });

  it('keeps neither a failed load nor one overtaken by a change', async () => {
    const cache = new CatalogueCache();
    await expect(cache.get('k', async () => Promise.reject(new Error('db down')), 'q=a')).rejects.toThrow('db down');
    expect(cache.peek('q=a')).toBeUndefined();
    let release: (value: number) => void = () => {};
    const pending = cache.get('k', () => new Promise<number>((resolve) => (release = resolve)), 'q=a');
    cache.invalidate();
    release(1);
    await pending;
    expect(cache.peek('q=a')).toBeUndefined();
    let loads = 0;
    await cache.get('k', async () => ++loads);
    expect(loads).toBe(1);
  });

  it('starts afresh when full, by entries or by bytes', async () => {
    const byEntries = new CatalogueCache(2);
    for (const key of ['a', 'b', 'c']) await byEntries.get(key, async () => key, `q=${key}`);
    expect(byEntries.peek('q=a')).toBeUndefined();
    expect(byEntries.peek('q=c')).toBeDefined();
    const byBytes = new CatalogueCache(100, 10);
    await byBytes.get('a', async () => 'x'.repeat(20), 'q=a');
    await byBytes.get('b', async () => 'y', 'q=b');
    expect(byBytes.peek('q=a')).toBeUndefined();
    expect(byBytes.peek('q=b')).toBeDefined();
  });
});
