import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './fixed-window-limiter';
import { gatewaySettingsFromEnv, telemetrySettingsFromEnv } from './gateway-settings';

describe('gateway settings', () => {
  it('has the documented defaults', () => {
    expect(gatewaySettingsFromEnv({})).toEqual({ timeoutMs: 10_000, ratePerMinute: 120, maxBodyBytes: 1024 * 1024, maxResponseBytes: 10 * 1024 * 1024, cacheMs: 1000, secret: undefined, publicOrigin: undefined });
    expect(telemetrySettingsFromEnv({})).toEqual({ ratePerMinute: 30 });
  });

  it('reads the environment and names a bad variable', () => {
    expect(gatewaySettingsFromEnv({ PALAPA_GATEWAY_TIMEOUT_MS: '2500', PALAPA_PUBLIC_ORIGIN: 'https://palapa.kota.go.id', PALAPA_GATEWAY_SECRET: '' })).toMatchObject({
      timeoutMs: 2500,
      publicOrigin: 'https://palapa.kota.go.id',
      secret: undefined,
    });
    expect(() => gatewaySettingsFromEnv({ PALAPA_GATEWAY_SECRET: 'pendek' })).toThrow(/Invalid configuration: PALAPA_GATEWAY_SECRET: must have at least 32/);
    expect(() => gatewaySettingsFromEnv({ PALAPA_PUBLIC_ORIGIN: 'https://palapa.kota.go.id/portal' })).toThrow(/PALAPA_PUBLIC_ORIGIN: must be an origin/);
    expect(() => gatewaySettingsFromEnv({ PALAPA_GATEWAY_RATE_LIMIT: 'banyak' })).toThrow(/PALAPA_GATEWAY_RATE_LIMIT/);
  });
});

describe('FixedWindowLimiter', () => {
  it('allows the limit per key per window, then tells how long to wait', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(2, 60_000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('b')]).toEqual([null, null, null]);
    expect(limiter.hit('a')).toBe(60);
    now += 45_000;
    expect(limiter.hit('a')).toBe(15);
    now += 15_000;
    expect(limiter.hit('a')).toBeNull();
  });
});
