import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { kib, MOUNT_BUDGET_BYTES, openAndMeasure } from './support/mount-download';
import { startPortal, type Portal } from './support/portal-server';

const CCTV_WIFI_POINTS = 41;
const DARURAT_PLACES = 13;

/** Serious or critical axe findings inside one plugin's element (the shell has its own suite). */
const pluginViolations = async (page: Page, tag: string) => (await seriousAxeViolations(page)).filter((violation) => violation.includes(tag));

const litCopies = (page: Page) => page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0);

const ids = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));
const pressed = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"][aria-pressed="true"]`).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));

/** The two pilot plugins that need no back end, on the real server with their built bundles. */
describe.skipIf(!chromiumAvailable())('pilot plugins', () => {
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

  describe('cctv-wifi', () => {
    it('mounts from the catalogue within the download budget, every point on the map and in the list', async () => {
      const download = await openAndMeasure(page, portal.url, 'cctv-wifi', 'cctv-wifi-app');
      console.log(`cctv-wifi mount download: plugin ${kib(download.plugin)} gzip, ${kib(download.total)} with the shell's shared modules`);
      expect(download.plugin).toBeGreaterThan(0);
      expect(download.plugin).toBeLessThan(MOUNT_BUDGET_BYTES);
      expect(await litCopies(page)).toBe(1);
      expect(page.url()).toBe(`${portal.url}/layanan/cctv-wifi`);
      expect(await page.getByRole('heading', { level: 2, name: 'CCTV & Wifi Gratis' }).count()).toBe(1);
      expect(await page.getByTestId('point-item').count()).toBe(CCTV_WIFI_POINTS);
      expect(await ids(page, 'map-point')).toHaveLength(CCTV_WIFI_POINTS);
      expect(await page.getByTestId('result-count').textContent()).toBe(`${CCTV_WIFI_POINTS} titik ditemukan`);
      // Mobile-first: nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    it('searches as the citizen types; the map shows exactly what the list shows', async () => {
      await page.getByTestId('point-search').pressSequentially('alun');
      await expect.poll(() => ids(page, 'point-item')).toEqual(['cctv-alun-alun', 'wifi-alun-alun']);
      expect((await ids(page, 'map-point')).sort()).toEqual(['cctv-alun-alun', 'wifi-alun-alun']);
      await page.getByTestId('type-filter-wifi').check();
      await expect.poll(() => ids(page, 'point-item')).toEqual(['wifi-alun-alun']);
      expect(await ids(page, 'map-point')).toEqual(['wifi-alun-alun']);
    });

    it('filters by type, kecamatan and kelurahan together', async () => {
      await page.getByTestId('point-search').fill('');
      await page.getByTestId('type-filter-cctv').check();
      await page.getByTestId('kecamatan-filter').selectOption('kranggan');
      await expect.poll(() => page.getByTestId('point-item').count()).toBeLessThan(CCTV_WIFI_POINTS);
      const items = await ids(page, 'point-item');
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((id) => id?.startsWith('cctv-'))).toBe(true);
      for (const text of await page.getByTestId('point-item').allTextContents()) expect(text).toContain('Kec. Kranggan');
      expect((await ids(page, 'map-point')).sort()).toEqual([...items].sort());

      // The kelurahan list follows the kecamatan: Kranggan has six.
      expect(await page.getByTestId('kelurahan-filter').locator('option').count()).toBe(7);
      await page.getByTestId('kelurahan-filter').selectOption('Miji');
      await expect.poll(() => ids(page, 'point-item')).toEqual(['cctv-jembatan-gajah-mada', 'cctv-stasiun']);
      expect((await ids(page, 'map-point')).sort()).toEqual(['cctv-jembatan-gajah-mada', 'cctv-stasiun']);
      await page.getByTestId('kelurahan-filter').selectOption('all');
    });

    it('keeps map and list in step: a point chosen on one is marked on the other, by mouse or keyboard', async () => {
      await page.getByTestId('kecamatan-filter').selectOption('all');
      await expect.poll(() => page.getByTestId('point-item').count()).toBe(20);
      await page.locator('[data-testid="map-point"][data-id="cctv-stasiun"]').click();
      expect(await pressed(page, 'point-item')).toEqual(['cctv-stasiun']);
      expect(await pressed(page, 'map-point')).toEqual(['cctv-stasiun']);

      await page.locator('[data-testid="point-item"][data-id="cctv-rsud"]').click();
      expect(await pressed(page, 'map-point')).toEqual(['cctv-rsud']);
      expect(await pressed(page, 'point-item')).toEqual(['cctv-rsud']);

      // The map is one Tab stop: the chosen point; the arrow keys move on, Enter chooses.
      const tabStop = page.locator('[data-testid="map-point"][tabindex="0"]');
      expect(await tabStop.getAttribute('data-id')).toBe('cctv-rsud');
      await tabStop.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => pressed(page, 'point-item')).toEqual(['cctv-prapanca']);
      expect(await pressed(page, 'map-point')).toEqual(['cctv-prapanca']);
    });

    it('has no serious accessibility violations, with a point chosen', async () => {
      expect(await pluginViolations(page, 'cctv-wifi-app')).toEqual([]);
    });

    it('says so when nothing matches, and the reset brings every point back', async () => {
      await page.getByTestId('point-search').fill('zzzq');
      await page.getByTestId('points-empty').waitFor();
      expect(await page.getByTestId('points-empty').textContent()).toContain('zzzq');
      expect(await page.getByTestId('map-point').count()).toBe(0);
      await page.getByTestId('points-reset').click();
      await expect.poll(() => page.getByTestId('point-item').count()).toBe(CCTV_WIFI_POINTS);
      expect(await page.getByTestId('point-search').inputValue()).toBe('');
    });

    it('follows the shell to English live', async () => {
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { level: 2, name: 'CCTV & Free Wifi' }).waitFor();
      expect(await page.getByTestId('result-count').textContent()).toBe(`${CCTV_WIFI_POINTS} points found`);
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { level: 2, name: 'CCTV & Wifi Gratis' }).waitFor();
    });
  });

  describe('darurat: nearest hospital', () => {
    const names = () => page.getByTestId('hospital').evaluateAll((items) => items.map((item) => item.getAttribute('data-name')));

    it('mounts within the download budget and lists every hospital and puskesmas without asking for the location', async () => {
      const download = await openAndMeasure(page, portal.url, 'darurat', 'darurat-app');
      console.log(`darurat mount download: plugin ${kib(download.plugin)} gzip, ${kib(download.total)} with the shell's shared modules`);
      expect(download.plugin).toBeGreaterThan(0);
      expect(download.plugin).toBeLessThan(MOUNT_BUDGET_BYTES);
      expect(await litCopies(page)).toBe(1);
      expect(await page.getByTestId('hospital').count()).toBe(DARURAT_PLACES);
      expect(await page.getByTestId('hospital-distance').count()).toBe(0);
      expect(await page.getByTestId('nearest-status').getAttribute('data-status')).toBe('idle');
    });

    it('with the location granted, puts the nearest hospital first, with its distance and phone link', async () => {
      await browser.context.grantPermissions(['geolocation'], { origin: portal.url });
      // A few metres from RS Kamar Medika on Jl. Raya Ijen.
      await browser.context.setGeolocation({ latitude: -7.4921, longitude: 112.4371 });
      await page.getByTestId('nearest-button').click();
      await expect.poll(() => page.getByTestId('nearest-status').getAttribute('data-status')).toBe('located');
      const ranked = await names();
      expect(ranked[0]).toBe('RS Kamar Medika');
      expect(ranked).toHaveLength(DARURAT_PLACES);
      expect(await page.getByTestId('hospital-distance').count()).toBe(DARURAT_PLACES);
      expect(await page.getByTestId('hospital-distance').first().textContent()).toContain('m dari Anda');
      expect(await page.getByTestId('hospital').first().getByRole('link').getAttribute('href')).toBe('tel:0321322910');
    });

    it('has no serious accessibility violations once sorted', async () => {
      expect(await pluginViolations(page, 'darurat-app')).toEqual([]);
    });

    it('with the location denied, explains kindly and keeps the full list', async () => {
      await browser.context.clearPermissions();
      await page.reload();
      await page.getByTestId('darurat-app').waitFor();
      await page.getByTestId('nearest-button').click();
      await expect.poll(() => page.getByTestId('nearest-status').getAttribute('data-status')).toBe('denied');
      expect(await page.getByTestId('nearest-status').textContent()).toContain('daftar lengkapnya');
      const listed = await names();
      expect(listed).toHaveLength(DARURAT_PLACES);
      expect(listed[0]).toBe('RSUD dr. Wahidin Sudiro Husodo');
      expect(await page.getByTestId('hospital-distance').count()).toBe(0);
    });
  });
});
