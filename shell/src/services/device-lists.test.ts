import { describe, expect, it } from 'vitest';
import { DeviceLists, RECENT_LIMIT } from './device-lists';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), map };
}

describe('DeviceLists', () => {
  it('stars and unstars services, remembered in storage', () => {
    const storage = memoryStorage();
    const lists = new DeviceLists(() => storage);
    expect(lists.toggleFavourite('cek-pbb')).toBe(true);
    expect(lists.toggleFavourite('darurat')).toBe(true);
    expect(new DeviceLists(() => storage).favourites).toEqual(['cek-pbb', 'darurat']);
    expect(lists.toggleFavourite('cek-pbb')).toBe(false);
    expect(lists.isFavourite('cek-pbb')).toBe(false);
  });

  it('keeps the last services used, newest first, each once', () => {
    const storage = memoryStorage();
    const lists = new DeviceLists(() => storage);
    for (const slug of ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g']) lists.markUsed(slug);
    expect(lists.recent).toEqual(['g', 'f', 'e', 'd', 'c', 'a'].slice(0, RECENT_LIMIT));
  });

  it('survives garbage and a storage that throws', () => {
    const storage = memoryStorage();
    storage.map.set('palapa.favourites', '{"not":"a list"}');
    expect(new DeviceLists(() => storage).favourites).toEqual([]);
    const deny = () => {
      throw new Error('denied');
    };
    const broken = new DeviceLists(() => ({ getItem: deny, setItem: deny }));
    // The choice lasts for this page at least.
    expect(broken.toggleFavourite('x')).toBe(true);
    expect(broken.favourites).toEqual(['x']);
    expect(broken.recent).toEqual([]);
  });

  it('a full storage (reads work, writes refused) still keeps the choice for this page', () => {
    const storage = memoryStorage();
    storage.map.set('palapa.favourites', '["cek-pbb"]');
    const full = new DeviceLists(() => ({
      getItem: storage.getItem,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    }));
    expect(full.toggleFavourite('darurat')).toBe(true);
    expect(full.favourites).toEqual(['cek-pbb', 'darurat']);
    full.markUsed('darurat');
    expect(full.recent).toEqual(['darurat']);
  });
});
