import { describe, expect, it } from 'vitest';
import { GATEWAY_HEADERS, signGatewayRequest, verifyGatewaySignature } from './gateway-signature';

const secret = 'rahasia-gateway-yang-panjang-sekali-0123456789';
const user = { id: '0b7a1c9e-3f0e-4c55-9a3e-2d1f5e6a7b8c', name: 'Siti Nur’aini Ñoño', email: 'siti@warga.id' };
const now = 1_800_000_000;

function signed(overrides: Partial<Parameters<typeof signGatewayRequest>[0]> = {}) {
  return signGatewayRequest({ method: 'GET', path: '/pbb?nop=1', user, secret, timestamp: now, ...overrides });
}

describe('gateway signature', () => {
  it('verifies what the gateway signed and gives back the citizen, names decoded', () => {
    const headers = signed();
    expect(headers[GATEWAY_HEADERS.userName]).toBe(encodeURIComponent(user.name));
    const result = verifyGatewaySignature({ method: 'get', path: '/pbb?nop=1', headers, secret, now: now + 10 });
    expect(result).toEqual({ ok: true, user, timestamp: now });
  });

  it('reads a Fetch Headers object as well as node headers', () => {
    const result = verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers: new Headers(signed()), secret, now });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['another method', { method: 'POST' }],
    ['another path', { path: '/pbb?nop=2' }],
    ['another secret', { secret: 'bukan-rahasia-yang-sama-0123456789' }],
  ])('refuses %s', (_label, change) => {
    const result = verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers: signed(), secret, now, ...change });
    expect(result).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it.each([GATEWAY_HEADERS.userId, GATEWAY_HEADERS.userName, GATEWAY_HEADERS.userEmail, GATEWAY_HEADERS.timestamp])('refuses a tampered %s', (header) => {
    const headers = { ...signed(), [header]: header === GATEWAY_HEADERS.timestamp ? String(now + 1) : 'orang-lain' };
    expect(verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers, secret, now })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a timestamp outside the allowed skew, either way, and a malformed one', () => {
    const headers = signed();
    const verify = (at: number, maxSkewSeconds?: number) => verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers, secret, now: at, maxSkewSeconds });
    expect(verify(now + 300).ok).toBe(true);
    expect(verify(now + 301)).toEqual({ ok: false, reason: 'expired' });
    expect(verify(now - 301)).toEqual({ ok: false, reason: 'expired' });
    expect(verify(now + 20, 10)).toEqual({ ok: false, reason: 'expired' });
    const malformed = { ...headers, [GATEWAY_HEADERS.timestamp]: '1e9' };
    expect(verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers: malformed, secret, now })).toEqual({ ok: false, reason: 'bad_timestamp' });
  });

  it('refuses a request without the headers, or with a repeated one', () => {
    expect(verifyGatewaySignature({ method: 'GET', path: '/', headers: {}, secret })).toEqual({ ok: false, reason: 'missing_headers' });
    const repeated = { ...signed(), [GATEWAY_HEADERS.userId]: [user.id, 'lain'] };
    expect(verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers: repeated, secret, now })).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('refuses a signature of the wrong length without throwing', () => {
    const headers = { ...signed(), [GATEWAY_HEADERS.signature]: 'abc' };
    expect(verifyGatewaySignature({ method: 'GET', path: '/pbb?nop=1', headers, secret, now })).toEqual({ ok: false, reason: 'bad_signature' });
  });
});
