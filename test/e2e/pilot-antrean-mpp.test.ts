// Antrean MPP Gajah Mada end to end: the built plugin mounted by the real shell, booking with the
// DPMPTSP demo back end through the REAL service gateway (started by the registry on 127.0.0.1
// and approved as the upstream), on a 360 px phone; then a signed-in citizen's "Antrean saya"
// through the gateway's signed identity headers.
import { insertUser } from '@palapa/registry-api';
import type { Booking, Schedule } from '@palapa/plugin-antrean-mpp/backend';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { kib, measureMount, MOUNT_BUDGET_BYTES } from './support/mount-download';
import { startPortal, type Portal } from './support/portal-server';

const GATEWAY = '/api/v1/gateway/antrean-mpp';
const COUNTER = 'bpjs-kesehatan';
const CITIZEN = { email: 'warga@uji.go.id', password: 'kata-sandi-warga-uji', name: 'Siti Nurhaliza' };

describe.skipIf(!chromiumAvailable())('Antrean MPP through the service gateway', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let booked: { code: string; phone: string } | null = null;

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

  /** What the back end says now, asked through the same gateway. */
  async function schedule(): Promise<Schedule> {
    return (await (await page.request.get(`${portal.url}${GATEWAY}/jadwal/${COUNTER}`)).json()) as Schedule;
  }

  /** The first day with a slot that has at least `places` left, and that slot. */
  async function openSlot(places: number) {
    for (const day of (await schedule()).days) {
      const slot = day.slots.find((candidate) => candidate.remaining >= places);
      if (slot) return { date: day.date, time: slot.time, remaining: slot.remaining };
    }
    throw new Error('no open slot');
  }

  async function choose(date: string, time: string) {
    await page.getByTestId('counter-select').selectOption(COUNTER);
    await page.getByTestId('date-select').selectOption(date);
    await page.locator(`[data-testid="slot"][data-time="${time}"] input`).check();
  }

  it('mounts from the catalogue within the download budget', async () => {
    const { plugin, total } = await measureMount(page, 'antrean-mpp', async () => {
      await page.goto(`${portal.url}/layanan/antrean-mpp`);
      await page.getByTestId('counter-select').waitFor();
    });
    console.log(`antrean-mpp mount download: plugin ${kib(plugin)} gzip, ${kib(total)} with the whole shell (the page is opened directly)`);
    expect(plugin).toBeGreaterThan(0);
    expect(plugin).toBeLessThan(MOUNT_BUDGET_BYTES);
    expect(await page.getByRole('heading', { level: 2, name: 'Antrean MPP Gajah Mada' }).count()).toBe(1);
    // Anonymous: no "Antrean saya".
    expect(await page.getByTestId('antrean-mine').count()).toBe(0);
  });

  it('shows each slot’s remaining places, books one, and gives a ticket, a code and its QR', async () => {
    const slot = await openSlot(2);
    await choose(slot.date, slot.time);
    const shown = page.locator(`[data-testid="slot"][data-time="${slot.time}"]`);
    expect(await shown.getAttribute('data-remaining')).toBe(String(slot.remaining));
    expect(await shown.textContent()).toContain(`sisa ${slot.remaining}`);
    await page.getByTestId('name-input').fill('Budi Santoso');
    await page.getByTestId('phone-input').fill('0812-3456-7890');
    await page.getByTestId('booking-submit').click();

    await page.getByTestId('booking-ticket').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^F-\d{3}$/);
    const code = (await page.getByTestId('booking-code').textContent()) ?? '';
    expect(code).toMatch(/^MPP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await page.getByTestId('booking-qr').getAttribute('aria-label')).toContain(code);
    const heading = page.getByTestId('booking-ticket').locator('h3');
    expect(await heading.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    const after = (await schedule()).days.find((day) => day.date === slot.date)?.slots.find((entry) => entry.time === slot.time);
    expect(after?.remaining).toBe(slot.remaining - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    booked = { code, phone: '0812-3456-7890' };
  });

  it('checks every field before sending, in the citizen’s language, live', async () => {
    await page.getByTestId('book-another').click();
    await page.getByTestId('counter-select').selectOption('');
    await page.getByTestId('phone-input').fill('0321 321123');
    await page.getByTestId('booking-submit').click();
    const counterError = page.getByTestId('counter-error');
    expect(await counterError.getAttribute('role')).toBe('alert');
    expect(await counterError.textContent()).toContain('Pilih layanan terlebih dahulu.');
    expect(await page.getByTestId('counter-select').evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    const phoneError = page.getByTestId('phone-error');
    expect(await phoneError.textContent()).toContain('bukan nomor ponsel Indonesia');
    // The form with its messages, the slots and the cancel form: nothing serious for axe.
    await page.getByTestId('counter-select').selectOption(COUNTER);
    await page.getByTestId('date-select').selectOption({ index: 1 });
    await page.getByTestId('slots').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'MPP Gajah Mada Online Queue' }).waitFor();
    expect(await phoneError.textContent()).toContain('not an Indonesian mobile number');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Antrean MPP Gajah Mada' }).waitFor();
  });

  it('answers "slot penuh" when the last place went to somebody else meanwhile', async () => {
    const slot = await openSlot(1);
    await choose(slot.date, slot.time);
    await page.getByTestId('name-input').fill('Dwi Lestari');
    await page.getByTestId('phone-input').fill('085712345678');
    // Other citizens take every remaining place while this one is still typing.
    for (let index = 0; index < slot.remaining; index += 1) {
      const response = await page.request.post(`${portal.url}${GATEWAY}/antrean`, {
        data: { counter: COUNTER, date: slot.date, time: slot.time, name: 'Warga Lain', phone: `08139${String(1_000_000 + index)}` },
      });
      expect(response.status()).toBe(201);
    }
    await page.getByTestId('booking-submit').click();
    const error = page.getByTestId('time-error');
    await expect.poll(() => error.textContent()).toContain('Slot penuh');
    expect(await error.getAttribute('role')).toBe('alert');
    const full = page.locator(`[data-testid="slot"][data-time="${slot.time}"]`);
    await expect.poll(() => full.getAttribute('data-remaining')).toBe('0');
    expect(await full.locator('input').isDisabled()).toBe(true);
  });

  it('cancels with the code and the phone used, not with another phone', async () => {
    expect(booked).not.toBeNull();
    await page.getByTestId('cancel-code').fill(booked!.code.toLowerCase());
    await page.getByTestId('cancel-phone').fill('0857-0000-1111');
    await page.getByTestId('cancel-submit').click();
    await expect.poll(() => page.getByTestId('cancel-problem').textContent()).toContain('Tidak ada antrean dengan kode dan nomor ponsel itu.');
    await page.getByTestId('cancel-phone').fill(booked!.phone);
    await page.getByTestId('cancel-submit').click();
    await expect.poll(() => page.getByTestId('cancel-done').textContent()).toContain(booked!.code);
  });

  it('says the DPMPTSP system cannot be reached when the gateway answers 502, and retries', async () => {
    await page.route(`**${GATEWAY}/jadwal/**`, (route) =>
      route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ error: { code: 'bad_gateway', message: '…' } }) }),
    );
    await page.getByTestId('counter-select').selectOption('samsat');
    const failure = page.getByTestId('antrean-failure');
    await expect.poll(() => failure.textContent()).toContain('Sistem antrean MPP (DPMPTSP) sedang tidak dapat dihubungi');
    await page.unroute(`**${GATEWAY}/jadwal/**`);
    await page.getByTestId('antrean-retry').click();
    await page.getByTestId('date-select').waitFor();
  });

  it('knows a signed-in citizen through the gateway: name prefilled, bookings under "Antrean saya"', async () => {
    await page.goto(`${portal.url}/masuk`);
    await page.getByLabel('Email').fill(CITIZEN.email);
    await page.getByLabel('Kata sandi').fill(CITIZEN.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await page.goto(`${portal.url}/layanan/antrean-mpp`);
    await page.getByTestId('antrean-mine-empty').waitFor();
    expect(await page.getByTestId('name-input').inputValue()).toBe(CITIZEN.name);

    const slot = await openSlot(1);
    await choose(slot.date, slot.time);
    await page.getByTestId('phone-input').fill('+62 811 2233 4455');
    await page.getByTestId('booking-submit').click();
    await page.getByTestId('booking-ticket').waitFor({ timeout: 3000 }).catch(async () => {
      throw new Error(`no ticket: ${await page.getByTestId('antrean-mpp-app').innerText()}`);
    });
    const code = (await page.getByTestId('booking-code').textContent()) ?? '';
    await expect.poll(() => page.getByTestId('antrean-mine-item').count()).toBe(1);
    expect(await page.getByTestId('antrean-mine-item').textContent()).toContain(code);
    const mine = (await (await page.request.get(`${portal.url}${GATEWAY}/saya`)).json()) as { bookings: Booking[] };
    expect(mine.bookings.map((entry) => entry.code)).toEqual([code]);
  });
});
