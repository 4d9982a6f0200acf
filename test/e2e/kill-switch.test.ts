import { insertUser } from '@palapa/registry-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji' };

/** An admin flips the kill switch while a citizen has the plugin open. */
describe.skipIf(!chromiumAvailable())('the live kill switch', () => {
  let portal: Portal;
  let browser: Browser;
  let adminHeaders: Record<string, string>;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Uji', role: 'admin' });
      }),
      launchBrowser(),
    ]);
    const signIn = await fetch(`${portal.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(signIn.status).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    adminHeaders = { Cookie: signIn.headers.get('set-cookie')?.split(';')[0] ?? '', 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const admin = (path: string, body: unknown) =>
    fetch(`${portal.url}/api/v1${path}`, { method: 'POST', headers: adminHeaders, body: JSON.stringify(body) });

  it('unmounts a mounted plugin within 2 seconds and removes the service from every open catalogue', async () => {
    const citizen = await browser.context.newPage();
    await citizen.goto(`${portal.url}/layanan/darurat`);
    await citizen.getByTestId('darurat-app').waitFor();
    const other = await browser.context.newPage();
    await other.goto(portal.url);
    await other.locator('[data-testid="service-link"][data-slug="darurat"]').waitFor();
    // Let both pages' event streams connect.
    await citizen.waitForTimeout(500);

    const flipped = Date.now();
    const response = await admin('/services/darurat/disable', { reason: 'Uji tombol darurat (kill switch)' });
    expect(response.status).toBe(200);
    await citizen.getByTestId('service-unavailable').waitFor({ timeout: 2000 });
    expect(await citizen.getByTestId('darurat-app').count()).toBe(0);
    const elapsed = Date.now() - flipped;
    expect(elapsed).toBeLessThan(2000);
    expect(await citizen.getByTestId('service-unavailable').textContent()).toContain('Layanan sedang tidak tersedia');
    await expect.poll(() => other.locator('[data-testid="service-link"][data-slug="darurat"]').count(), { timeout: 2000 }).toBe(0);
    console.log(`kill switch: plugin unmounted ${elapsed} ms after the admin's request`);
  });

  it('switching the service back on lets citizens open it again', async () => {
    const response = await admin('/services/darurat/enable', { reason: 'Uji selesai' });
    expect(response.status).toBe(200);
    const page = await browser.context.newPage();
    await page.goto(portal.url);
    await page.locator('[data-testid="service-link"][data-slug="darurat"]').click();
    await page.getByTestId('darurat-app').waitFor();
  });
});
