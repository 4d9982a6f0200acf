import { describe, expect, it } from 'vitest';
import { DRAFT_KEEP_MS, FormDrafts, UPLOAD_KEEP_MS } from './form-drafts';
import type { StorageLike } from './json-storage';

function deviceStorage(): StorageLike {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const upload = { id: '0b5e3a52-7f3c-4d1e-9a55-3c1f0e1d2a4b', name: 'ktp.jpg', type: 'image/jpeg', size: 2048 };

describe('form drafts', () => {
  it('restores the answers per service and definition version, and forgets them once cleared', () => {
    const storage = deviceStorage();
    new FormDrafts(() => storage).save('surat-domisili', 2, { nama: 'Siti', alamat: { kecamatan: 'Kranggan', kelurahan: '', street: '' } }, {});
    const later = new FormDrafts(() => storage); // another visit
    expect(later.load('surat-domisili', 2)?.values).toEqual({ nama: 'Siti', alamat: { kecamatan: 'Kranggan', kelurahan: '', street: '' } });
    expect(later.load('surat-domisili', 3)).toBeNull();
    expect(later.load('lapor-jalan', 2)).toBeNull();
    later.clear('surat-domisili', 2);
    expect(later.load('surat-domisili', 2)).toBeNull();
  });

  it('drops an upload the registry may have deleted, keeping the rest of the draft', () => {
    const storage = deviceStorage();
    let now = Date.parse('2025-01-02T08:00:00Z');
    const drafts = new FormDrafts(() => storage, () => now);
    drafts.save('surat-domisili', 1, { nama: 'Siti', ktp: upload.id }, { ktp: upload });
    now += 60_000;
    drafts.save('surat-domisili', 1, { nama: 'Siti Aminah', ktp: upload.id }, { ktp: upload }); // the upload keeps its first time
    expect(drafts.load('surat-domisili', 1)?.uploads.ktp?.name).toBe('ktp.jpg');
    now += UPLOAD_KEEP_MS;
    expect(drafts.load('surat-domisili', 1)).toMatchObject({ values: { nama: 'Siti Aminah' }, uploads: {} });
  });

  it('forgets a draft untouched for a month, and ignores garbage', () => {
    const storage = deviceStorage();
    let now = Date.parse('2025-01-02T08:00:00Z');
    const drafts = new FormDrafts(() => storage, () => now);
    drafts.save('surat-domisili', 1, { nama: 'Siti' }, {});
    now += DRAFT_KEEP_MS + 1;
    expect(drafts.load('surat-domisili', 1)).toBeNull();
    storage.setItem('palapa.forms.draft.surat-domisili.v1', '{not json');
    expect(drafts.load('surat-domisili', 1)).toBeNull();
  });
});
