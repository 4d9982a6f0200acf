import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

/** A citizen on the real server with the real built shell and the real darurat plugin. */
describe.skipIf(!chromiumAvailable())('citizen journey', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal('pglite'), launchBrowser({ viewport: { width: 360, height: 740 } })]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows the portal of Kota Mojokerto in Bahasa Indonesia, grouped by category with each OPD', async () => {
    await page.goto(portal.url);
    await expect.poll(() => page.getByTestId('service-link').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Layanan Publik Kota Mojokerto');
    expect(await page.getByRole('heading', { level: 2, name: 'Darurat' }).count()).toBe(1);
    const cekPbb = page.locator('[data-testid="service-link"][data-slug="cek-pbb"]');
    expect(await cekPbb.textContent()).toContain('Badan Pendapatan');
    expect(await page.getByRole('banner').count()).toBe(1);
  });

  it('filters the catalogue as the citizen types, and says so when nothing matches', async () => {
    const search = page.getByTestId('search');
    await search.fill('pajak');
    await expect.poll(() => page.locator('[data-testid="service-link"][data-slug="darurat"]').count()).toBe(0);
    expect(await page.locator('[data-testid="service-link"][data-slug="cek-pbb"]').count()).toBe(1);
    await search.fill('zzzzqq');
    await expect.poll(() => page.getByTestId('empty-result').count()).toBe(1);
    expect(await page.getByTestId('empty-result').textContent()).toContain('zzzzqq');
    await search.fill('');
    await expect.poll(() => page.getByTestId('service-link').count()).toBeGreaterThanOrEqual(12);
  });

  it('opens the emergency service: standar pelayanan first, then the mounted plugin', async () => {
    await page.locator('[data-testid="service-link"][data-slug="darurat"]').click();
    await page.waitForURL('**/layanan/darurat');
    await page.getByTestId('darurat-app').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).count()).toBe(1);
    expect(await page.getByTestId('call-112').getAttribute('href')).toBe('tel:112');
    const standard = page.getByTestId('standard');
    for (const label of ['Persyaratan', 'Prosedur', 'Jangka waktu', 'Biaya', 'Produk layanan', 'Pengaduan', 'Dasar hukum']) {
      expect(await standard.textContent()).toContain(label);
    }
    expect(await page.title()).toContain('Layanan Darurat');
  });

  it('loads lit once: the plugin shares the shell\'s copy', async () => {
    const versions = await page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions);
    expect(versions).toHaveLength(1);
  });

  it('switches the mounted plugin to English live, and back', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Emergency Services' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('standard').textContent()).toContain('Requirements');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).waitFor();
  });

  it('goes back and forward through the browser history', async () => {
    await page.goBack();
    await page.waitForURL(portal.url + '/');
    await page.getByTestId('search').waitFor();
    expect(await page.getByTestId('darurat-app').count()).toBe(0);
    await page.goForward();
    await page.waitForURL('**/layanan/darurat');
    await page.getByTestId('darurat-app').waitFor();
  });

  it('deep-links to a service page', async () => {
    await page.goto(`${portal.url}/layanan/darurat`);
    await page.getByTestId('darurat-app').waitFor();
    // A link service (cek-pbb became a module with its own plugin).
    await page.goto(`${portal.url}/layanan/retribusi-parkir`);
    await page.getByTestId('service-page').waitFor();
    expect(await page.getByRole('link', { name: /Buka aplikasi/ }).getAttribute('target')).toBe('_blank');
  });

  it('shows a proper not-found page for unknown and odd addresses', async () => {
    for (const path of ['/layanan/tidak-ada', '/layanan/..%2F..%2Fetc', '/halaman-asing']) {
      const response = await page.goto(`${portal.url}${path}`);
      expect(response?.status()).toBe(200);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('not-found').textContent()).toBe('Halaman tidak ditemukan');
    }
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await page.getByTestId('search').waitFor();
  });
});
