import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalOriginProblem, fetchExternalEntry } from './external-entry';

// The refusals the route test cannot reach cheaply: a server too slow, a file too large.
describe('fetchExternalEntry', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/slow.js') return void setTimeout(() => response.end('late'), 2_000);
      if (request.url === '/huge.js') {
        const chunk = Buffer.alloc(256 * 1024, 'a');
        for (let i = 0; i < 12; i++) response.write(chunk);
        return void response.end();
      }
      response.end('export const ok = 1;');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('returns the bytes of an allow-listed entry', async () => {
    const bytes = await fetchExternalEntry(`${origin}/ok.js`, { allowedOrigins: [`${origin}/`] });
    expect(Buffer.from(bytes).toString()).toBe('export const ok = 1;');
  });

  it('refuses a server that does not answer in time', async () => {
    await expect(fetchExternalEntry(`${origin}/slow.js`, { allowedOrigins: [origin], timeoutMs: 100 })).rejects.toThrow(/no answer in time/);
  });

  it('refuses an entry larger than the limit', async () => {
    await expect(fetchExternalEntry(`${origin}/huge.js`, { allowedOrigins: [origin] })).rejects.toThrow(/is larger than/);
  });

  it('says when the portal allows no external origins at all', async () => {
    await expect(fetchExternalEntry(`${origin}/ok.js`, { allowedOrigins: [] })).rejects.toThrow(/allows no external origins/);
  });
});

describe('externalOriginProblem', () => {
  it.each([
    ['https://layanan.opd.go.id', null],
    ['https://layanan.opd.go.id/', null],
    ['http://localhost:4000', null],
    ['http://layanan.opd.go.id', /https/],
    ['https://layanan.opd.go.id/plugins', /origin only/],
    ['layanan', /not a URL origin/],
  ])('%s', (origin, problem) => {
    const found = externalOriginProblem(origin);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
