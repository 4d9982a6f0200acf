import { apiErrorSchema } from '@palapa/sdk';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { createTestDatabase, testDrivers, type TestDatabase } from './test-support/test-database';

const INDEX_HTML = '<!doctype html><title>Palapa</title><palapa-shell></palapa-shell>';
const APP_JS = 'console.log("shell");';

describe.each(testDrivers())('the registry app (%s)', (driver) => {
  let database: TestDatabase;
  let root: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    root = mkdtempSync(join(tmpdir(), 'palapa-shell-'));
  });

  afterAll(async () => {
    await database?.dispose();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** A built shell in its own folder, beside a file that must never be served. */
  function builtShell(): string {
    const shellDir = mkdtempSync(join(root, 'dist-'));
    mkdirSync(join(shellDir, 'assets'));
    writeFileSync(join(shellDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(shellDir, 'assets', 'app.js'), APP_JS);
    writeFileSync(join(root, 'secret.txt'), 'outside the shell');
    return shellDir;
  }

  async function expectNotFoundJson(response: Response) {
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  }

  it('answers /healthz with ok while the database answers', async () => {
    const response = await createApp({ db: database.db }).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /healthz with 503 when the database does not answer', async () => {
    const closed = await createTestDatabase(driver);
    await closed.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await createApp({ db: closed.db }).request('/healthz');
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', error: { code: 'database_unavailable' } });
    } finally {
      logged.mockRestore();
      await closed.dispose().catch(() => {});
    }
  });

  it('answers unknown API routes with 404 JSON, also when a shell is served', async () => {
    await expectNotFoundJson(await createApp({ db: database.db }).request('/api/v1/nope'));
    const withShell = createApp({ db: database.db, shellDir: builtShell() });
    await expectNotFoundJson(await withShell.request('/api/v1/nope'));
    await expectNotFoundJson(await withShell.request('/api/v2/catalogue'));
  });

  it('answers any path with 404 JSON when no shell is served', async () => {
    await expectNotFoundJson(await createApp({ db: database.db }).request('/layanan/cek-pbb'));
  });

  it('serves the shell: index.html for its routes, revalidated every time', async () => {
    const app = createApp({ db: database.db, shellDir: builtShell() });
    for (const path of ['/', '/index.html', '/layanan/anything', '/layanan/cek-pbb/detail']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable, and a missing file as 404', async () => {
    const app = createApp({ db: database.db, shellDir: builtShell() });
    const asset = await app.request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe(APP_JS);
    expect(asset.headers.get('cache-control')).toMatch(/\bimmutable\b/);
    expect(asset.headers.get('cache-control')).toMatch(/\bmax-age=31536000\b/);
    expect((await app.request('/missing.js')).status).toBe(404);
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the shell folder', async () => {
    const app = createApp({ db: database.db, shellDir: builtShell() });
    for (const path of ['/..%2Fsecret.txt', '/assets/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const response = await app.request(path);
      expect(await response.text()).not.toContain('outside the shell');
    }
  });

  it('answers 503 telling to run the build when the shell is not built', async () => {
    const empty = mkdtempSync(join(root, 'unbuilt-'));
    const response = await createApp({ db: database.db, shellDir: empty }).request('/layanan/anything');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    const api = await createApp({ db: database.db, shellDir: empty }).request('/healthz');
    expect(api.status).toBe(200);
  });
});
