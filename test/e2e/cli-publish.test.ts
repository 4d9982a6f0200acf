import { insertUser } from '@palapa/registry-api';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { moduleServiceBody, postAs, runCli, signInStaff, startCli, type CliRun } from './support/palapa-cli';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji' };
const PUBLISHER = { email: 'penerbit@diskominfo.uji.go.id', password: 'kata-sandi-penerbit-uji' };
// Inside the repository, so the new plugin resolves vite, lit and the SDK from its node_modules.
const SCRATCH = fileURLToPath(new URL(`../.tmp/cli-${randomBytes(4).toString('hex')}/`, import.meta.url));

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function typeCheck(project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '-p', project], (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }));
  });
}

/** No stack trace, and neither the token nor the full registry address, in anything the CLI printed. */
function expectPlainOutput(run: CliRun, secrets: string[]) {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  for (const secret of secrets) expect(output).not.toContain(secret);
}

/** An OPD team's whole loop with the real CLI against a real registry, ending in a citizen's browser. */
describe.skipIf(!chromiumAvailable())('palapa CLI: create, build, login, publish, status', () => {
  let portal: Portal;
  let browser: Browser;
  let token: string;
  /** The gzip KiB `palapa build` counted as loaded at mount. */
  let countedMountKib = 0;
  const slug = `uji-cli-${randomBytes(3).toString('hex')}`;
  const pluginDir = join(SCRATCH, slug);
  const env = { XDG_CONFIG_HOME: join(SCRATCH, 'config'), PALAPA_TOKEN: '', PALAPA_REGISTRY: '' };

  beforeAll(async () => {
    mkdirSync(SCRATCH, { recursive: true });
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Uji', role: 'admin' });
        await insertUser(db, { ...PUBLISHER, name: 'Penerbit Diskominfo', role: 'publisher', opd: 'diskominfo' });
      }),
      launchBrowser(),
    ]);
    const publisher = await signInStaff(portal.url, PUBLISHER.email, PUBLISHER.password);
    await postAs(portal.url, publisher, '/services', moduleServiceBody(slug, 'Layanan Uji CLI'));
    ({ token } = await postAs<{ token: string }>(portal.url, publisher, '/tokens', { name: 'CLI uji' }));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    rmSync(SCRATCH, { recursive: true, force: true });
  });

  it('scaffolds and builds a plugin that passes its own checks', async () => {
    const created = await runCli(['create', slug, '--name-id', 'Layanan Uji CLI', '--name-en', 'CLI Test Service', '--opd', 'Diskominfo', '--dir', SCRATCH], { env });
    expect(created.code, created.stderr).toBe(0);
    // The scaffold also type-checks under its own strict tsconfig (Vite only strips types).
    const [built, typecheck] = await Promise.all([runCli(['build'], { cwd: pluginDir, env }), typeCheck(pluginDir)]);
    expect(built.code, built.stderr).toBe(0);
    expect(typecheck.code, typecheck.output).toBe(0);
    countedMountKib = Number(/total \/ jumlah\s+[\d.]+\s+([\d.]+)/.exec(built.stdout)?.[1]);
    expect(countedMountKib).toBeGreaterThan(0);
    expect(built.stdout).toContain('budget: 50 KiB gzip');
  });

  it('refuses to publish over budget or before login, then logs in with a verified token stored 0600', async () => {
    // publish re-checks the build as `palapa build` does, budget included, before it needs a token.
    const tooLarge = await runCli(['publish', '--budget', '5'], { cwd: pluginDir, env });
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stderr).toContain('over the 5 KiB budget');
    const early = await runCli(['publish'], { cwd: pluginDir, env });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Not logged in');

    const refused = await runCli(['login', '--registry', portal.url, '--token', 'palapa_bukan-token-yang-benar'], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused the token');

    const login = await runCli(['login', '--registry', portal.url, '--token', token], { env });
    expect(login.code, login.stderr).toBe(0);
    expectPlainOutput(login, [token, portal.url]);
    expect(statSync(join(env.XDG_CONFIG_HOME, 'palapa', 'config.json')).mode & 0o777).toBe(0o600);
  });

  it('publishes a pending version, shows it in status, and refuses the same version twice plainly', async () => {
    const published = await runCli(['publish'], { cwd: pluginDir, env });
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain('uploading: 100%');
    expect(published.stdout).toContain('status: pending');
    expectPlainOutput(published, [token, portal.url]);

    const status = await runCli(['status'], { cwd: pluginDir, env });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/0\.1\.0\s+menunggu \/ pending/);

    const again = await runCli(['publish'], { cwd: pluginDir, env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('HTTP 409');
    expect(again.stderr).toContain('versions are immutable');
    expectPlainOutput(again, [token, portal.url]);
  });

  it('once approved and activated by an admin, the citizen sees the new plugin at /layanan/<slug>', async () => {
    const admin = await signInStaff(portal.url, ADMIN.email, ADMIN.password);
    await postAs(portal.url, admin, `/services/${slug}/versions/0.1.0/approve`, {});
    await postAs(portal.url, admin, `/services/${slug}/versions/0.1.0/activate`);

    const status = await runCli(['status'], { cwd: pluginDir, env: { ...env, PALAPA_TOKEN: token, PALAPA_REGISTRY: portal.url } });
    expect(status.stdout).toMatch(/0\.1\.0\s+disetujui \/ approved\s+AKTIF/);

    const page = await browser.context.newPage();
    const fetched: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.url().includes(`/bundles/${slug}/`) && response.url().endsWith('.js')) {
        fetched.push(response.body().then((body) => gzipSync(body, { level: 9 }).byteLength));
      }
    });
    await page.goto(`${portal.url}/layanan/${slug}`);
    const plugin = page.getByTestId(`plugin-${slug}`);
    await plugin.waitFor({ timeout: 15_000 });
    expect(await plugin.locator('h2').textContent()).toBe('Layanan Uji CLI');

    // The build's static count of the mount download is what Chromium really fetched (exactly, for
    // a plugin without lazy chunks of its own).
    const fetchedKib = (await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0) / 1024;
    console.log(`mount JS of a new plugin: palapa build counted ${countedMountKib} KiB gzip, Chromium fetched ${fetchedKib.toFixed(1)} KiB gzip in ${fetched.length} files`);
    expect(fetched.length).toBeGreaterThan(0);
    expect(Math.abs(countedMountKib - fetchedKib)).toBeLessThan(0.2);
  });

  it('palapa dev serves a local build that the signed-in publisher sees in the portal through the developer override', async () => {
    const strings = join(pluginDir, 'src/strings.ts');
    writeFileSync(strings, readFileSync(strings, 'utf8').replace('Selamat datang. Layanan ini sedang disiapkan.', 'Versi lokal dari palapa dev.'));
    const dev = startCli(['dev', '--port', '0', '--portal', portal.url], { cwd: pluginDir, env });
    try {
      const [, pageUrl] = await dev.waitFor(/open: (\S+)/);
      await dev.waitFor(/build ready/);
      const page = await browser.context.newPage();
      await page.goto(portal.url);
      // The override is honoured for a publisher of the service's OPD; sign in as one in this browser.
      const status = await page.evaluate(async (account) => {
        const response = await fetch('/api/v1/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) });
        return response.status;
      }, PUBLISHER);
      expect(status).toBe(200);
      // The page listens for rebuilds once the override is honoured; edit only after it is listening.
      const listening = page.waitForResponse((response) => response.url().endsWith('/__palapa/events'), { timeout: 15_000 });
      await page.goto(pageUrl ?? '');
      const plugin = page.getByTestId(`plugin-${slug}`);
      await plugin.getByText('Versi lokal dari palapa dev.').waitFor({ timeout: 15_000 });
      await page.getByText('Mode pengembang').first().waitFor();
      expect((await listening).status()).toBe(200);

      // An edit rebuilds, and the page reloads itself with the new build (no reload from the test).
      writeFileSync(strings, readFileSync(strings, 'utf8').replace('Versi lokal dari palapa dev.', 'Versi lokal sesudah disunting.'));
      await plugin.getByText('Versi lokal sesudah disunting.').waitFor({ timeout: 30_000 });
    } finally {
      await dev.stop();
    }
  });
});
