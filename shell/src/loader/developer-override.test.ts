import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../services/session';
import { overrideAllowed, overrideStorageKey, parseOverrideUrl, requestedOverride } from './developer-override';

const user = (role: SessionUser['role'], opd: string | null = null): SessionUser => ({
  id: 'u1',
  email: 'x@example.id',
  name: 'X',
  role,
  opd: opd ? { slug: opd, name: opd } : null,
});

describe('overrideAllowed', () => {
  it('always allows a development build', () => {
    expect(overrideAllowed({ devBuild: true, user: null, serviceOpd: 'dinkes' })).toBe(true);
  });

  it('allows admins, and publishers of the service OPD only', () => {
    expect(overrideAllowed({ devBuild: false, user: user('admin'), serviceOpd: 'dinkes' })).toBe(true);
    expect(overrideAllowed({ devBuild: false, user: user('publisher', 'dinkes'), serviceOpd: 'dinkes' })).toBe(true);
    expect(overrideAllowed({ devBuild: false, user: user('publisher', 'bpkpd'), serviceOpd: 'dinkes' })).toBe(false);
    expect(overrideAllowed({ devBuild: false, user: user('publisher', null), serviceOpd: 'dinkes' })).toBe(false);
  });

  it('refuses citizens and visitors on a production build', () => {
    expect(overrideAllowed({ devBuild: false, user: user('citizen', 'dinkes'), serviceOpd: 'dinkes' })).toBe(false);
    expect(overrideAllowed({ devBuild: false, user: null, serviceOpd: 'dinkes' })).toBe(false);
  });
});

describe('requestedOverride', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  };

  it('takes an absolute URL from the query and remembers it for the slug', () => {
    const storage = memory();
    const url = requestedOverride('darurat', '?palapa-override=http%3A%2F%2Flocalhost%3A5173%2FremoteEntry.js', storage);
    expect(url?.href).toBe('http://localhost:5173/remoteEntry.js');
    expect(storage.map.get(overrideStorageKey('darurat'))).toBe('http://localhost:5173/remoteEntry.js');
    expect(requestedOverride('darurat', '', storage)?.origin).toBe('http://localhost:5173');
    expect(requestedOverride('cek-pbb', '', storage)).toBeNull();
  });

  it('ignores relative and non-http URLs, and drops a bad stored value', () => {
    const storage = memory();
    expect(requestedOverride('darurat', '?palapa-override=/remoteEntry.js', storage)).toBeNull();
    expect(requestedOverride('darurat', '?palapa-override=javascript:alert(1)', storage)).toBeNull();
    storage.map.set(overrideStorageKey('darurat'), 'data:text/javascript,alert(1)');
    expect(requestedOverride('darurat', '', storage)).toBeNull();
    expect(storage.map.has(overrideStorageKey('darurat'))).toBe(false);
    expect(parseOverrideUrl('https://dev.example.id/remoteEntry.js')?.href).toBe('https://dev.example.id/remoteEntry.js');
  });
});
