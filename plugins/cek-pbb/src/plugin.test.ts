import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPluginInBrowser, testBrowserAvailable, type GatewayRequest, type MountedPlugin } from '@palapa/sdk/testing';

const PLUGIN_ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOP = '357602000500109990';

/**
 * Cek PBB in a browser with the SDK's test harness: its calls through `shell.fetchGateway` are
 * answered by the test in BPKPD's place, so every outcome can be shown without a back end.
 */
describe.skipIf(!testBrowserAvailable())('cek-pbb in a browser (SDK test harness, gateway answered by the test)', () => {
  let plugin: MountedPlugin;
  const asked: GatewayRequest[] = [];
  let answer: { status: number; json: unknown } = { status: 404, json: { error: { code: 'nop_not_found', message: 'NOP tidak terdaftar' } } };

  beforeAll(async () => {
    plugin = await mountPluginInBrowser({
      root: PLUGIN_ROOT,
      gateway: (request) => {
        asked.push(request);
        return answer;
      },
    });
  });
  afterAll(async () => {
    await plugin?.close();
  });

  const lookUp = async () => {
    await plugin.page.getByTestId('nop-input').fill(NOP);
    await plugin.page.getByTestId('nop-submit').click();
  };

  it('asks BPKPD through its own gateway, and says so when the NOP is not registered', async () => {
    await lookUp();
    await plugin.page.getByTestId('pbb-not-found').waitFor();
    expect(asked.map(({ method, path }) => ({ method, path }))).toEqual([{ method: 'GET', path: `/objek/${NOP}` }]);
    expect(asked[0]?.headers['x-csrf-token']).toBeUndefined();
    expect((await plugin.record()).gatewayCalls).toEqual([{ method: 'GET', path: `/objek/${NOP}` }]);
  });

  it('tells the citizen when BPKPD cannot be reached (the gateway’s 502)', async () => {
    answer = { status: 502, json: { error: { code: 'bad_gateway', message: 'BPKPD tidak menjawab' } } };
    await lookUp();
    await plugin.page.getByTestId('pbb-unreachable').waitFor();
    expect(asked).toHaveLength(2);
  });
});
