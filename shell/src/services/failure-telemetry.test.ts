import { describe, expect, it, vi } from 'vitest';
import { phaseFor, reportPluginFailure, TELEMETRY_URL } from './failure-telemetry';

describe('phaseFor', () => {
  it('maps the shell failures to the registry phases', () => {
    expect(phaseFor('timeout', '')).toBe('timeout');
    expect(phaseFor('mount', '')).toBe('mount');
    expect(phaseFor('load', 'Failed to fetch')).toBe('load');
    expect(phaseFor('missing', '')).toBe('load');
    expect(phaseFor('invalid', 'Integrity of x changed during this visit')).toBe('integrity');
    expect(phaseFor('invalid', './plugin does not default-export')).toBe('load');
  });
});

describe('reportPluginFailure', () => {
  const report = { slug: 'darurat', version: '1.0.0', phase: 'mount' as const, message: 'x'.repeat(900), reportedByCitizen: false };

  it('posts the contract body, message cut to 500 characters', async () => {
    const send = vi.fn(async () => new Response('{"accepted":true}', { status: 202 }));
    expect(await reportPluginFailure(report, send)).toBe(true);
    const [url, init] = send.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(TELEMETRY_URL);
    expect(init.method).toBe('POST');
    const body = JSON.parse(String(init.body)) as typeof report;
    expect(body).toEqual({ ...report, message: 'x'.repeat(500) });
  });

  it('swallows network failures and refusals', async () => {
    expect(await reportPluginFailure(report, async () => Promise.reject(new TypeError('offline')))).toBe(false);
    expect(await reportPluginFailure(report, async () => new Response('', { status: 404 }))).toBe(false);
  });
});
