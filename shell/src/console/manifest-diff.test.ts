import { describe, expect, it } from 'vitest';
import { diffManifests } from './manifest-diff';

describe('diffManifests', () => {
  const active = { slug: 'cek-pbb', version: '1.0.0', permissions: ['user.profile'], routes: { home: '/' }, spec: 1 };

  it('reports added, removed and changed fields but not the version number', () => {
    const pending = { slug: 'cek-pbb', version: '1.1.0', permissions: ['user.profile', 'user.nik'], routes: { home: '/', bayar: '/bayar' } };
    expect(diffManifests(active, pending)).toEqual([
      { field: 'permissions', before: '["user.profile"]', after: '["user.profile","user.nik"]' },
      { field: 'routes.bayar', before: null, after: '"/bayar"' },
      { field: 'spec', before: '1', after: null },
    ]);
  });

  it('is empty when only the version moved, and lists everything against no active version', () => {
    expect(diffManifests(active, { ...active, version: '1.0.1' })).toEqual([]);
    expect(diffManifests(null, { slug: 'x', version: '1.0.0' })).toEqual([{ field: 'slug', before: null, after: '"x"' }]);
  });
});
