import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardTarget, gatewayLocation } from './forward-target';

describe('forwardTarget', () => {
  it('joins the upstream, the raw path and the query, keeping percent-encoding as sent', () => {
    const { url, tail } = forwardTarget('https://api.opd.go.id/pbb', '/objek/a%20b', '?nop=1&x=%2F');
    expect(url.href).toBe('https://api.opd.go.id/pbb/objek/a%20b?nop=1&x=%2F');
    expect(tail).toBe('/objek/a%20b');
    expect(forwardTarget('http://10.0.0.2:8080', '', '').url.href).toBe('http://10.0.0.2:8080/');
    expect(forwardTarget('http://10.0.0.2:8080/api', '/', '').url.pathname).toBe('/api/');
  });

  it('never leaves the upstream’s origin and path, whatever path it is given', () => {
    // Any path that is accepted stays under the upstream; the rest are refused, never a 500.
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '..', '.', '%2e%2e', '%2f', '%5c', '\\', '', '@evil', ':80', '%00', '%0a', '?', '#'), { maxLength: 6 }), (parts) => {
        const tail = `/${parts.join('/')}`;
        let url: URL;
        try {
          url = forwardTarget('https://api.opd.go.id/pbb', tail, '').url;
        } catch (error) {
          expect((error as { code?: string }).code).toBe('invalid_input');
          return;
        }
        expect(url.origin).toBe('https://api.opd.go.id');
        expect(url.pathname === '/pbb' || url.pathname.startsWith('/pbb/')).toBe(true);
      }),
    );
  });
});

describe('gatewayLocation', () => {
  const requested = new URL('https://api.opd.go.id/pbb/objek');
  it('maps a redirect under the upstream to the gateway and drops any other', () => {
    expect(gatewayLocation('/pbb/hasil?id=1', requested, 'https://api.opd.go.id/pbb', '/api/v1/gateway/cek-pbb')).toBe('/api/v1/gateway/cek-pbb/hasil?id=1');
    expect(gatewayLocation('hasil', requested, 'https://api.opd.go.id/pbb', '/g')).toBe('/g/hasil');
    expect(gatewayLocation('/lain', requested, 'https://api.opd.go.id/pbb', '/g')).toBeNull();
    expect(gatewayLocation('/pbbx', requested, 'https://api.opd.go.id/pbb', '/g')).toBeNull();
    expect(gatewayLocation('https://evil.example/pbb', requested, 'https://api.opd.go.id/pbb', '/g')).toBeNull();
    expect(gatewayLocation('//evil.example/pbb', requested, 'https://api.opd.go.id/pbb', '/g')).toBeNull();
  });
});
