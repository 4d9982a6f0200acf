import { insertUser } from '@palapa/registry-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji' };
const SLUG = 'surat-keterangan-domisili'; // a seeded form service with a definition

/**
 * Usage counting end to end: a citizen (one browser) opens a form service and starts typing; an
 * admin (another browser, signed in) sees the open and the form start in the service's usage panel
 * and in the overview of every service.
 */
describe.skipIf(!chromiumAvailable())('usage in the console', () => {
  let portal: Portal;
  let citizenBrowser: Browser;
  let adminBrowser: Browser;
  let admin: Page;

  beforeAll(async () => {
    [portal, citizenBrowser, adminBrowser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Uji', role: 'admin' });
      }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
      launchBrowser(),
    ]);
    citizenBrowser.context.setDefaultTimeout(15_000);
    adminBrowser.context.setDefaultTimeout(15_000);
    admin = await adminBrowser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await citizenBrowser?.close();
    await adminBrowser?.close();
    await portal?.stop();
  });

  it('counts a citizen opening a form service, and its first typed answer once', async () => {
    const citizen = await citizenBrowser.context.newPage();
    // Chromium does not show a beacon's Blob body to the test (the unit test checks it); the count does.
    const beacons: string[] = [];
    citizen.on('request', (request) => {
      if (request.url().endsWith('/api/v1/telemetry/opens')) beacons.push(request.method());
    });
    const counted = citizen.waitForResponse((response) => response.url().endsWith('/api/v1/telemetry/opens') && response.status() === 202);
    await citizen.goto(`${portal.url}/layanan/${SLUG}`);
    await counted;
    const name = citizen.getByLabel('Nama lengkap (sesuai KTP-el)');
    const started = citizen.waitForResponse((response) => response.url().endsWith('/api/v1/telemetry/opens') && response.status() === 202);
    await name.pressSequentially('Siti');
    await started;
    await citizen.getByRole('textbox', { name: 'NIK', exact: true }).fill('3576014101900001');
    // One open, one form start: more keystrokes and more answers count nothing more.
    expect(beacons).toEqual(['POST', 'POST']);
  });

  it("shows the admin the count on the service's console page and in the overview", async () => {
    await admin.goto(`${portal.url}/masuk?kembali=${encodeURIComponent(`/konsol/layanan/${SLUG}`)}`);
    await admin.getByLabel('Email').fill(ADMIN.email);
    await admin.getByLabel('Kata sandi').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Masuk', exact: true }).click();
    await admin.waitForURL(`${portal.url}/konsol/layanan/${SLUG}`);
    const usage = admin.getByTestId('usage');
    await usage.getByTestId('usage-totals').waitFor();
    expect(await usage.getByTestId('usage-opens').textContent()).toBe('1');
    expect(await usage.getByTestId('usage-form-starts').textContent()).toBe('1');
    expect(await usage.getByTestId('usage-requests').textContent()).toBe('0');
    expect(await usage.getByTestId('usage-completion').textContent()).toMatch(/^0\s?%$/);
    // The chart is a picture; the numbers are in a table for screen readers and keyboards.
    await usage.getByText('Lihat angka per hari').click();
    const rows = usage.getByTestId('usage-table').locator('tbody tr');
    expect(await rows.count()).toBe(30);
    expect(await rows.first().locator('td').first().textContent()).toBe('1');

    await admin.getByRole('link', { name: 'Penggunaan', exact: true }).click();
    await admin.waitForURL(`${portal.url}/konsol/penggunaan`);
    const first = admin.getByTestId('usage-overview-row').first();
    await first.waitFor();
    expect(await first.getAttribute('data-slug')).toBe(SLUG);
    expect(await first.getByTestId('usage-overview-opens').textContent()).toBe('1');
  });
});
