import { describe, expect, it } from 'vitest';
import { KeptRequests } from './kept-requests';
import type { StorageLike } from './json-storage';

function deviceStorage(): StorageLike {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const filed = (code: string) => ({
  trackingCode: code,
  verifier: 'AB12CD',
  status: 'diterima' as const,
  dueDate: '2025-01-10',
  createdAt: '2025-01-02T03:04:05.000Z',
  definitionVersion: 1,
  service: { slug: 'surat-domisili', name: { id: 'Surat Domisili', en: 'Domicile letter' } },
});

describe('requests kept on the device', () => {
  it('keeps filed requests newest first, once each, across reloads', () => {
    const storage = deviceStorage();
    const kept = new KeptRequests(() => storage);
    kept.keep(filed('MJK-AAAAAA'));
    kept.keep(filed('MJK-BBBBBB'));
    kept.keep(filed('MJK-AAAAAA')); // a replayed answer
    expect(new KeptRequests(() => storage).list().map((r) => r.trackingCode)).toEqual(['MJK-BBBBBB', 'MJK-AAAAAA']);
  });

  it('reports a status change once, and not a mere update', () => {
    const storage = deviceStorage();
    const kept = new KeptRequests(() => storage);
    kept.keep(filed('MJK-AAAAAA'));
    expect(kept.updateStatus('MJK-AAAAAA', 'diterima', '2025-01-03T00:00:00.000Z')).toBeNull();
    expect(kept.updateStatus('MJK-AAAAAA', 'diproses', '2025-01-04T00:00:00.000Z')?.status).toBe('diproses');
    expect(kept.updateStatus('MJK-AAAAAA', 'diproses', '2025-01-04T00:00:00.000Z')).toBeNull();
    expect(kept.updateStatus('MJK-UNKNOWN', 'selesai', '2025-01-04T00:00:00.000Z')).toBeNull();
  });
});
