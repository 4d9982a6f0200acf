// Cek PBB end to end: the built plugin mounted by the real shell, asking the BPKPD demo back end
// through the REAL service gateway (the registry started it on 127.0.0.1 and approved it as the
// upstream), on a 360 px phone.
import { createCekPbbBackend, type PbbAnswer } from '@palapa/plugin-cek-pbb/backend';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { kib, MOUNT_BUDGET_BYTES, openAndMeasure } from './support/mount-download';
import { startPortal, type Portal } from './support/portal-server';

const DEMO_NOP = '357602000500100010';

/** What the back end says today, to compare the page with (the same code the registry serves). */
async function expectedAnswer(): Promise<PbbAnswer> {
  return (await (await createCekPbbBackend().request(`/objek/${DEMO_NOP}`)).json()) as PbbAnswer;
}

const rupiah = (amount: number) => `Rp ${amount.toLocaleString('id-ID')}`;

describe.skipIf(!chromiumAvailable())('Cek PBB through the service gateway', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', undefined, { demoBackends: true }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const nopInput = () => page.getByLabel('Nomor Objek Pajak (NOP)');

  it('mounts from the catalogue within the download budget', async () => {
    const download = await openAndMeasure(page, portal.url, 'cek-pbb', 'cek-pbb-app');
    console.log(`cek-pbb mount download: plugin ${kib(download.plugin)} gzip, ${kib(download.total)} with the shell's shared modules`);
    expect(download.plugin).toBeGreaterThan(0);
    // The budget is the plugin's own files, as for the other pilots; the rest is the shell's
    // (its service-page chunk and the lit modules it shares), fetched for any module service.
    expect(download.plugin).toBeLessThan(MOUNT_BUDGET_BYTES);
    expect(await page.getByRole('heading', { level: 2, name: 'Cek PBB' }).count()).toBe(1);
  });

  it('formats the NOP as it is typed, then shows the object, each year with its status and the total', async () => {
    await nopInput().pressSequentially(DEMO_NOP);
    expect(await nopInput().inputValue()).toBe('35.76.020.005.001-0001.0');
    await nopInput().press('Enter');
    await page.getByTestId('pbb-result').waitFor();

    const expected = await expectedAnswer();
    const rows = page.getByTestId('pbb-year');
    expect(await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-year')))).toEqual(
      expected.years.map((year) => String(year.year)),
    );
    expect(await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status')))).toEqual(
      expected.years.map((year) => year.status),
    );
    expect(await rows.last().textContent()).toContain('Jatuh tempo');
    expect(await rows.first().textContent()).toContain('Lunas');
    expect(expected.outstanding.total).toBeGreaterThan(0);
    expect(await page.getByTestId('pbb-total').textContent()).toBe(rupiah(expected.outstanding.total));
    expect(await page.getByTestId('pbb-owner').textContent()).toBe('Su**** Ri****');
    expect(await page.getByTestId('pbb-channels').locator('li').count()).toBeGreaterThan(2);
    // Focus moved to the answer, for screen readers and keyboards alike.
    const heading = page.getByTestId('pbb-result').locator('h3').first();
    expect(await heading.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    // Mobile-first: nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.getByTestId('pbb-years').evaluate((table) => table.parentElement!.scrollWidth <= table.parentElement!.clientWidth)).toBe(true);
  });

  it('refuses a malformed NOP before asking anybody, with the message in the citizen’s language', async () => {
    await nopInput().fill('');
    await nopInput().pressSequentially('3515020005');
    await nopInput().press('Enter');
    const error = page.getByTestId('nop-error');
    expect(await error.textContent()).toContain('NOP belum lengkap: harus 18 digit (10 digit diketik).');
    expect(await nopInput().getAttribute('aria-invalid')).toBe('true');
    expect(await error.getAttribute('role')).toBe('alert');

    await nopInput().pressSequentially('00100010');
    await expect.poll(() => error.textContent()).toContain('bukan NOP Kota Mojokerto');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Check Property Tax (PBB)' }).waitFor();
    expect(await error.textContent()).toContain('not a Kota Mojokerto NOP');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Cek PBB' }).waitFor();
  });

  it('says so when a well-formed NOP is not registered', async () => {
    await nopInput().fill('35.76.020.005.001-0999.0');
    await nopInput().press('Enter');
    await page.getByTestId('pbb-not-found').waitFor();
    expect(await page.getByTestId('pbb-not-found').textContent()).toContain('35.76.020.005.001-0999.0');
  });

  it('tells the citizen when the gateway cannot reach BPKPD, and retries', async () => {
    // The gateway's own 502 (its back end unreachable), answered in the browser to keep the test fast.
    await page.route('**/api/v1/gateway/cek-pbb/**', (route) =>
      route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ error: { code: 'bad_gateway', message: '…' } }) }),
    );
    await nopInput().fill('35.76.020.005.001-0001.0');
    await nopInput().press('Enter');
    await page.getByTestId('pbb-unreachable').waitFor();
    expect(await page.getByTestId('pbb-unreachable').textContent()).toContain('Sistem BPKPD sedang tidak dapat dihubungi');
    await page.unroute('**/api/v1/gateway/cek-pbb/**');
    await page.getByTestId('pbb-retry').click();
    await page.getByTestId('pbb-result').waitFor();
  });
});
