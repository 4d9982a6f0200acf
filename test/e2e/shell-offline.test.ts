import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

/**
 * The portal on a bad connection: after one visit, the service worker keeps the shell, the last
 * catalogue and the plugins the citizen used, so home, search and that service work offline, with
 * a banner saying the data may be out of date. Back online, the banner goes.
 */
describe.skipIf(!chromiumAvailable())('shell offline', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const darurat = () => page.locator('[data-testid="service-link"][data-slug="darurat"]');

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal('pglite'), launchBrowser({ viewport: { width: 360, height: 740 } })]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('is an installable app: a manifest with 192, 512 and maskable icons, served as PNG', async () => {
    await page.goto(portal.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href ?? '', portal.url).href)).json()) as {
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, portal.url).href);
      expect(response.headers()['content-type']).toBe('image/png');
      expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('after one online visit to home and a plugin service, the service worker controls the page', async () => {
    await darurat().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await darurat().click();
    await page.getByTestId('darurat-app').waitFor();
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
  });

  it('offline, a reload still shows home and search, with the stale-data banner', async () => {
    await page.goto(portal.url);
    await darurat().waitFor();
    await browser.context.setOffline(true);
    await page.reload();
    await darurat().waitFor();
    expect(await page.getByTestId('offline-banner').textContent()).toContain('Anda sedang luring — data mungkin sudah usang');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('search').fill('pajak');
    await expect.poll(() => page.locator('[data-testid="service-link"][data-slug="cek-pbb"]').count()).toBe(1);
    expect(await darurat().count()).toBe(0);
  });

  it('offline, the plugin service the citizen used still opens and mounts', async () => {
    await page.goto(`${portal.url}/layanan/darurat`).catch(() => undefined);
    await page.getByTestId('darurat-app').waitFor();
    expect(await page.getByTestId('standard').count()).toBe(1);
    expect(await page.getByTestId('offline-banner').isVisible()).toBe(true);
  });

  it('back online, the banner goes', async () => {
    await browser.context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('darurat-app').waitFor();
  });
});
