import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overridePageUrl } from '../commands/dev';
import { EVENTS_PATH, fileFor, serveFolder, type RunningServer } from './static-server';

describe('palapa dev: serving dist/ to the portal', () => {
  const root = mkdtempSync(join(tmpdir(), 'palapa-cli-serve-'));
  let served: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/remoteEntry.js'), 'export {}');
    writeFileSync(join(root, 'secret.txt'), 'not for the portal');
    served = await serveFolder(join(root, 'dist'), 0);
  });
  afterAll(async () => {
    await served.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the entry as JavaScript, with CORS and no caching', async () => {
    const response = await fetch(`http://127.0.0.1:${served.port}/remoteEntry.js`, { headers: { Origin: 'http://localhost:8080' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('export {}');
  });

  it('never serves a file outside dist/', async () => {
    expect(fileFor(join(root, 'dist'), '/../secret.txt')).toBeNull();
    expect(fileFor(join(root, 'dist'), '/%2e%2e/secret.txt')).toBeNull();
    const response = await fetch(`http://127.0.0.1:${served.port}/%2e%2e/secret.txt`);
    expect(response.status).toBe(404);
  });

  it('tells an open portal page about each rebuild over server-sent events, with CORS', async () => {
    const abort = new AbortController();
    const response = await fetch(`http://127.0.0.1:${served.port}${EVENTS_PATH}`, { headers: { Origin: 'http://localhost:8080' }, signal: abort.signal });
    try {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let received = '';
      const readUntil = async (text: string | RegExp) => {
        while (typeof text === 'string' ? !received.includes(text) : !text.test(received)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before "${text}": ${received}`);
          received += value;
        }
      };
      // The opening comment means the server holds this stream; only then is a rebuild announced.
      await readUntil(': palapa dev\n\n');
      expect(received).not.toContain('event: build');
      served.notifyBuild();
      await readUntil(/event: build\ndata: \d+\n\n/);
    } finally {
      abort.abort();
    }
  });

  it('prints the portal page with the developer override of the shell contract', () => {
    expect(overridePageUrl('http://localhost:8080', 'cek-pbb', 'http://localhost:5180/remoteEntry.js')).toBe(
      'http://localhost:8080/layanan/cek-pbb?palapa-override=http%3A%2F%2Flocalhost%3A5180%2FremoteEntry.js',
    );
  });
});
