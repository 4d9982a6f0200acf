import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overridePageUrl } from '../commands/dev';
import { fileFor, serveFolder, type RunningServer } from './static-server';

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

  it('prints the portal page with the developer override of the shell contract', () => {
    expect(overridePageUrl('http://localhost:8080', 'cek-pbb', 'http://localhost:5180/remoteEntry.js')).toBe(
      'http://localhost:8080/layanan/cek-pbb?palapa-override=http%3A%2F%2Flocalhost%3A5180%2FremoteEntry.js',
    );
  });
});
