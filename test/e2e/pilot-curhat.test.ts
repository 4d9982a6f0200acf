// Curhat Ning Ita end to end: the built plugin mounted by the real shell, filing and tracking
// reports with the Diskominfo demo back end through the REAL service gateway (started by the
// registry on 127.0.0.1 and approved as the upstream), on a 360 px phone; then a signed-in
// citizen's "Laporan saya" through the gateway's signed identity headers.
import type { FiledComplaint } from '@palapa/plugin-curhat/backend';
import { insertUser } from '@palapa/registry-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { kib, MOUNT_BUDGET_BYTES, openAndMeasure } from './support/mount-download';
import { startPortal, type Portal } from './support/portal-server';

const SLUG = 'curhat-ning-ita';
const GATEWAY = `/api/v1/gateway/${SLUG}`;
const CITIZEN = { email: 'pelapor@uji.go.id', password: 'kata-sandi-pelapor-uji', name: 'Dewi Lestari' };
/** A 1×1 PNG, named .gif on purpose: the back end judges by the bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe.skipIf(!chromiumAvailable())('Curhat Ning Ita through the service gateway', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { email: CITIZEN.email, password: CITIZEN.password, name: CITIZEN.name, role: 'citizen' });
      }, { demoBackends: true }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    browser.context.setDefaultTimeout(10_000);
    page = await browser.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function fillReport() {
    await page.getByLabel('Pengaduan').check();
    await page.getByLabel('Topik').selectOption('jalan-rusak');
    await page.getByLabel('Uraian laporan').fill('Jalan berlubang di depan Pasar Tanjung Anyar, membahayakan pengendara motor saat hujan.');
    await page.getByLabel('Kelurahan').selectOption('Kranggan');
    await page.getByLabel('Alamat atau patokan (opsional)').fill('Jl. Niaga, depan Pasar Tanjung Anyar');
  }

  it('mounts from the catalogue within the download budget', async () => {
    const download = await openAndMeasure(page, portal.url, SLUG, 'curhat-app');
    console.log(`curhat mount download: plugin ${kib(download.plugin)} gzip, ${kib(download.total)} with the shell's shared modules`);
    expect(download.plugin).toBeGreaterThan(0);
    expect(download.plugin).toBeLessThan(MOUNT_BUDGET_BYTES);
    expect(await page.getByRole('heading', { level: 2, name: 'Curhat Ning Ita' }).count()).toBe(1);
  });

  it('checks every field before sending, in the citizen’s language, live', async () => {
    await page.getByTestId('report-submit').click();
    expect(await page.getByTestId('form-errors').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('description-error').textContent()).toContain('paling sedikit 20 karakter');
    expect(await page.getByTestId('kelurahan-error').textContent()).toContain('Pilih kelurahan');
    // Focus went to the first field to fix (the deepest focused element, through the shadow roots).
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.getAttribute('name');
    });
    expect(focused).toBe('category');
    // The form with its messages showing, as a screen reader meets it.
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Curhat Ning Ita (Tell the Mayor)' }).waitFor();
    expect(await page.getByTestId('description-error').textContent()).toContain('at least 20 characters');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Curhat Ning Ita' }).waitFor();
    await page.getByLabel('Uraian laporan').fill('Sudah cukup panjang untuk sebuah laporan.');
    await expect.poll(() => page.getByTestId('description-error').count()).toBe(0);
  });

  it('files a report with photo and location, and a lost answer retried gets the same code, not a second report', async () => {
    await browser.context.grantPermissions(['geolocation'], { origin: portal.url });
    await browser.context.setGeolocation({ latitude: -7.4706, longitude: 112.4401 });
    await fillReport();
    await page.getByTestId('use-location').click();
    await page.getByTestId('location-set').waitFor();
    await page.getByTestId('photo-input').setInputFiles({ name: 'foto.gif', mimeType: 'image/gif', buffer: PNG });

    // The first POST reaches the back end, but its answer is lost on the way back.
    const filedBehindTheScenes: string[] = [];
    const keys: string[] = [];
    await page.route(`**${GATEWAY}/laporan`, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const answer = await route.fetch();
      filedBehindTheScenes.push(((await answer.json()) as FiledComplaint).code);
      await (keys.length === 1 ? route.abort('connectionreset') : route.fulfill({ response: answer }));
    });
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-failed').waitFor();
    await page.getByTestId('report-retry').click();
    const code = (await page.getByTestId('filed-code').textContent()) ?? '';
    await page.unroute(`**${GATEWAY}/laporan`);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(filedBehindTheScenes).toEqual([code, code]);
    expect(code).toMatch(/^CNI-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    const verifier = (await page.getByTestId('filed-verifier').textContent()) ?? '';
    expect(verifier).toMatch(/^\d{4}$/);
    // Focus moved to the codes, for screen readers and keyboards alike.
    const heading = page.getByTestId('report-filed').locator('h3');
    expect(await heading.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);

    await page.getByTestId('track-filed').click();
    const report = page.getByTestId('track-result').getByTestId('report');
    await report.waitFor();
    expect(await report.getAttribute('data-code')).toBe(code);
    expect(await report.getByTestId('report-status').getAttribute('data-status')).toBe('diterima');
    expect(await report.textContent()).toContain('Dengan foto');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('tracks a report with code and verifier: the timeline with the OPD’s dated notes', async () => {
    await page.getByTestId('tab-lacak').click();
    await page.getByLabel('Kode laporan').fill('cni-7k3p-q9');
    await page.getByLabel('Kode verifikasi').fill('0000');
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-not-found').waitFor();
    await page.getByLabel('Kode verifikasi').fill('2468');
    await page.getByTestId('track-submit').click();
    const report = page.locator('[data-testid="track-result"] [data-code="CNI-7K3P-Q9"]');
    await report.waitFor();
    expect(await report.locator('[data-testid="timeline"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual([
      'diterima',
      'diverifikasi',
      'ditindaklanjuti',
      'selesai',
    ]);
    expect(await report.textContent()).toContain('Lubang sudah ditambal');
    expect(await report.textContent()).toContain('6 November 2026');
  });

  it('tells the citizen when the gateway cannot reach Diskominfo, and when it is busy', async () => {
    const answer = (status: number) => (route: { fulfill: (options: object) => Promise<void> }) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error: { code: 'x', message: '…' } }) });
    await page.route(`**${GATEWAY}/lacak`, answer(502));
    await page.getByTestId('track-submit').click();
    await expect.poll(() => page.getByTestId('track-failed').textContent()).toContain('Sistem Diskominfo sedang tidak dapat dihubungi');
    await page.unroute(`**${GATEWAY}/lacak`);
    await page.route(`**${GATEWAY}/lacak`, answer(429));
    await page.getByTestId('track-submit').click();
    await expect.poll(() => page.getByTestId('track-failed').textContent()).toContain('Terlalu banyak permintaan');
    await page.unroute(`**${GATEWAY}/lacak`);
  });

  it('knows a signed-in citizen through the gateway: the report is listed under "Laporan saya"', async () => {
    await page.goto(`${portal.url}/masuk`);
    await page.getByLabel('Email').fill(CITIZEN.email);
    await page.getByLabel('Kata sandi').fill(CITIZEN.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await page.goto(`${portal.url}/layanan/${SLUG}`);
    await page.getByTestId('tab-saya').click();
    await page.getByTestId('mine-empty').waitFor();

    await page.getByTestId('tab-lapor').click();
    await fillReport();
    // A phone photo between the gateway's 1 MiB body limit and the 2 MB the citizen may attach:
    // the plugin redraws it smaller before sending, instead of the gateway refusing it.
    const photo = Buffer.from(await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 700;
      const context = canvas.getContext('2d')!;
      const noise = context.createImageData(canvas.width, canvas.height);
      for (let index = 0; index < noise.data.length; index += 1) noise.data[index] = index % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
      context.putImageData(noise, 0, 0);
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    }), 'base64');
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    expect(photo.length).toBeLessThan(2 * 1024 * 1024);
    await page.getByTestId('photo-input').setInputFiles({ name: 'IMG_2026.png', mimeType: 'image/png', buffer: photo });
    await page.getByTestId('report-submit').click();
    const code = (await page.getByTestId('filed-code').textContent()) ?? '';
    await page.getByTestId('tab-saya').click();
    await expect.poll(() => page.getByTestId('mine-list').locator('[data-testid="report"]').count()).toBe(1);
    const listed = page.getByTestId('mine-list').locator('[data-testid="report"]');
    expect(await listed.getAttribute('data-code')).toBe(code);
    expect(await listed.textContent()).toContain('Dengan foto');
    // Anonymous reports filed earlier in this browser are not the citizen's.
    const mine = (await (await page.request.get(`${portal.url}${GATEWAY}/laporan-saya`)).json()) as { items: FiledComplaint[] };
    expect(mine.items.map((item) => item.code)).toEqual([code]);
  });
});
