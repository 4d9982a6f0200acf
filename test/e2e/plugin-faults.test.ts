import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { insertMissingEntryPlugin, publishFixturePlugin, publishTamperedPlugin } from './support/fixtures';
import { startPortal, type Portal } from './support/portal-server';

/** Broken plugins are quarantined on their own page; the rest of the portal keeps working. */
describe.skipIf(!chromiumAvailable())('plugin faults', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db, store) => {
        await insertMissingEntryPlugin(db, 'uji-tidak-ada');
        await publishFixturePlugin(db, store, 'uji-mount-gagal');
        await publishFixturePlugin(db, store, 'uji-sekali-gagal');
        await publishTamperedPlugin(db, store, 'uji-integritas');
      }),
      launchBrowser(),
    ]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function errorCardOn(path: string) {
    await page.goto(`${portal.url}${path}`);
    const card = page.getByTestId('error-card');
    await card.waitFor();
    return card;
  }

  it('an entry that 404s shows the error card with retry, in Bahasa Indonesia', async () => {
    const card = await errorCardOn('/layanan/uji-tidak-ada');
    expect(await card.textContent()).toContain('Aplikasi layanan gagal dimuat');
    expect(await card.textContent()).toContain('Berkas aplikasi tidak dapat diunduh');
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    // The standar pelayanan of the service is still there.
    expect(await page.getByTestId('standard').count()).toBe(1);
  });

  it('after a broken plugin, the citizen navigates on and another plugin mounts', async () => {
    await page.getByRole('link', { name: /Kembali ke semua layanan/ }).click();
    await page.getByTestId('search').waitFor();
    await page.locator('[data-testid="service-link"][data-slug="darurat"]').click();
    await page.getByTestId('darurat-app').waitFor();
  });

  it('a plugin whose mount throws is quarantined, and the rest keeps working', async () => {
    const card = await errorCardOn('/layanan/uji-mount-gagal');
    expect(await card.textContent()).toContain('Aplikasi mengalami kesalahan saat dibuka');
    await page.getByRole('link', { name: /Kembali ke semua layanan/ }).click();
    await page.locator('[data-testid="service-link"][data-slug="darurat"]').click();
    await page.getByTestId('darurat-app').waitFor();
  });

  it('retry loads a plugin afresh and recovers it', async () => {
    await errorCardOn('/layanan/uji-sekali-gagal');
    await page.getByTestId('retry').click();
    await page.getByTestId('recovered').waitFor();
    expect(await page.getByTestId('error-card').count()).toBe(0);
  });

  it('refuses to run a plugin whose served entry does not match its approved SRI hash', async () => {
    const card = await errorCardOn('/layanan/uji-integritas');
    expect(await card.textContent()).toContain('Aplikasi layanan gagal dimuat');
    expect(await page.getByTestId('integrity-fixture-content').count()).toBe(0);
  });
});
