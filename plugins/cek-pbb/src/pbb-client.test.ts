import { createGatewayFetch } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { lookUpNop } from './pbb-client';

const ORIGIN = 'https://palapa.example';
const answer = { nop: '35.76.020.005.001-0001.0', years: [], outstanding: { principal: 0, fine: 0, total: 0 } };

/** The shell's fetchGateway for cek-pbb (the SDK's own builder) over a fetch the test controls. */
const gatewayOver = (doFetch: typeof fetch) => createGatewayFetch({ slug: 'cek-pbb', origin: ORIGIN, fetch: doFetch, csrfToken: async () => null });

function replying(status: number, body: unknown) {
  const calls: string[] = [];
  const fake = (async (url: URL | RequestInfo) => {
    calls.push(String(url));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetch: fake };
}

describe('lookUpNop', () => {
  it('asks the gateway on the portal’s origin and returns the answer', async () => {
    const fake = replying(200, answer);
    expect(await lookUpNop('357602000500100010', gatewayOver(fake.fetch))).toEqual({ kind: 'found', answer });
    expect(fake.calls).toEqual([`${ORIGIN}/api/v1/gateway/cek-pbb/objek/357602000500100010`]);
  });

  it.each([
    [404, { error: { code: 'nop_not_found', message: 'NOP …' } }, 'not-found'],
    // The gateway's own 404 (no approved back end) is not "your NOP is unknown".
    [404, { error: { code: 'not_found', message: 'belum punya back end' } }, 'unreachable'],
    [400, { error: { code: 'invalid_nop' } }, 'invalid'],
    [429, { error: { code: 'rate_limited' } }, 'busy'],
    [502, { error: { code: 'bad_gateway' } }, 'unreachable'],
    [504, { error: { code: 'upstream_timeout' } }, 'unreachable'],
    [500, {}, 'failed'],
    [200, { surprise: true }, 'failed'],
  ])('sorts a %i answer into %s', async (status, body, kind) => {
    expect((await lookUpNop('357602000500100010', gatewayOver(replying(status, body).fetch))).kind).toBe(kind);
  });

  it('is failed, asking nothing, before the shell handed over its fetchGateway', async () => {
    expect(await lookUpNop('357602000500100010', null)).toEqual({ kind: 'failed' });
  });

  it('treats a network failure as failed, but lets an abort through', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await lookUpNop('357602000500100010', gatewayOver(offline))).toEqual({ kind: 'failed' });
    const controller = new AbortController();
    controller.abort();
    await expect(lookUpNop('357602000500100010', gatewayOver(offline), { signal: controller.signal })).rejects.toThrow();
  });
});
