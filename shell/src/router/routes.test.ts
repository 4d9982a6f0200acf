import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes';

describe('matchRoute', () => {
  it('knows the home page and service pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/layanan/cek-pbb')).toEqual({ name: 'service', slug: 'cek-pbb' });
    expect(matchRoute('/layanan/cek-pbb/')).toEqual({ name: 'service', slug: 'cek-pbb' });
  });

  it('knows the sign-in page and hands every /konsol path to the console', () => {
    expect(matchRoute('/masuk')).toEqual({ name: 'sign-in' });
    expect(matchRoute('/konsol')).toEqual({ name: 'console', section: '' });
    expect(matchRoute('/konsol/')).toEqual({ name: 'console', section: '' });
    expect(matchRoute('/konsol/layanan/cek-pbb')).toEqual({ name: 'console', section: 'layanan/cek-pbb' });
    expect(matchRoute('/konsolx')).toEqual({ name: 'not-found' });
  });

  it("knows the citizen's requests and the tracking page, with or without a code", () => {
    expect(matchRoute('/permohonan')).toEqual({ name: 'requests' });
    expect(matchRoute('/lacak')).toEqual({ name: 'track', code: null });
    expect(matchRoute('/lacak/mjk-2611-7qk4m')).toEqual({ name: 'track', code: 'MJK-2611-7QK4M' });
    expect(matchRoute('/lacak/a/b')).toEqual({ name: 'not-found' });
  });

  it('sends odd paths to not-found', () => {
    for (const path of ['/layanan/', '/layanan/../etc', '/layanan/Cek', '/layanan/%F0%9F%98%80', `/layanan/${'a'.repeat(200)}`, '/x']) {
      expect(matchRoute(path)).toEqual({ name: 'not-found' });
    }
  });
});
