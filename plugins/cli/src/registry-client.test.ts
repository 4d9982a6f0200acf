import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { registryRequest } from './registry-client';

/** A stand-in registry: answers by path, and records the Authorization header it got. */
describe('the registry client', () => {
  let server: Server;
  let registry: string;
  let lastAuthorization: string | undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      lastAuthorization = request.headers.authorization;
      const send = (status: number, body: string) => response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
      if (request.url === '/api/v1/ok') send(200, '{"items":[1]}');
      else if (request.url === '/api/v1/conflict') send(409, '{"error":{"code":"conflict","message":"Version 1.0.0 exists; bump it."}}');
      else if (request.url === '/api/v1/unauthorized') send(401, '{"error":{"code":"unauthorized","message":"nope"}}');
      else if (request.url === '/api/v1/html') response.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>');
      else send(500, '{"error":{"code":"internal","message":"Internal error"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const failureOf = async (path: string, target = registry) => {
    try {
      await registryRequest({ registry: target, token: 'palapa_rahasia123' }, path);
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return (error as CliError).message;
    }
    throw new Error('expected a failure');
  };

  it('sends the token as a Bearer header and returns the JSON', async () => {
    expect(await registryRequest({ registry, token: 'palapa_rahasia123' }, '/ok')).toEqual({ items: [1] });
    expect(lastAuthorization).toBe('Bearer palapa_rahasia123');
  });

  it("shows a 4xx error's own message plainly", async () => {
    expect(await failureOf('/conflict')).toContain('(HTTP 409): Version 1.0.0 exists; bump it.');
  });

  it('turns a refused token into advice to log in again', async () => {
    expect(await failureOf('/unauthorized')).toMatch(/refused the token.*palapa login/);
  });

  it('says the registry failed for a 5xx or a non-JSON answer, without its body', async () => {
    expect(await failureOf('/boom')).toContain('failed to answer (HTTP 500)');
    const html = await failureOf('/html');
    expect(html).toContain('HTTP 502');
    expect(html).not.toContain('<h1>');
  });

  it('names only the host of an unreachable registry', async () => {
    const message = await failureOf('/ok', 'http://user:pw@127.0.0.1:9/rahasia/path');
    expect(message).toContain('Cannot reach the registry at 127.0.0.1:9');
    expect(message).not.toContain('rahasia');
    expect(message).not.toContain('palapa_rahasia123');
  });
});
