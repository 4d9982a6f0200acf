import { insertUser } from '@palapa/registry-api';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin-formulir@uji.go.id', password: 'kata-sandi-admin-formulir' };
const SLUG = 'surat-keterangan-domisili';
// A 1×1 PNG: a real image, so the registry's type sniffing accepts it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The definition this suite publishes (its own, whatever the demo seed holds). */
const DEFINITION = {
  spec: 1,
  sections: [
    {
      key: 'pemohon',
      title: { id: 'Data pemohon', en: 'Applicant' },
      fields: [
        { key: 'nama', type: 'text', label: { id: 'Nama lengkap', en: 'Full name' }, required: true },
        { key: 'nik', type: 'nik', label: { id: 'NIK', en: 'NIK' }, required: true },
        { key: 'alamat', type: 'address', label: { id: 'Alamat', en: 'Address' }, required: true },
        {
          key: 'keperluan',
          type: 'choice',
          label: { id: 'Keperluan', en: 'Purpose' },
          required: true,
          options: [
            { value: 'kerja', label: { id: 'Melamar kerja', en: 'Job application' } },
            { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
          ],
        },
        { key: 'keperluan_lain', type: 'text', label: { id: 'Sebutkan keperluan', en: 'Which purpose' }, required: true, visibleWhen: { field: 'keperluan', anyOf: ['lainnya'] } },
        { key: 'foto_ktp', type: 'file', label: { id: 'Foto KTP', en: 'KTP photo' }, required: false, accept: ['image/png', 'image/jpeg'], maxSizeKb: 512 },
      ],
    },
  ],
};

/**
 * A citizen files a low-code form in Chromium against the real server: conditional field, field
 * errors in both languages, an upload, a submission made OFFLINE that waits in the device's outbox
 * and goes out when the connection returns, the tracking page, a status change announced, the SKM.
 */
describe.skipIf(!chromiumAvailable())('citizen forms', () => {
  let portal: Portal;
  let citizenBrowser: Browser;
  let staffBrowser: Browser;
  let page: Page;
  let staff: APIRequestContext;
  let csrf = '';
  let trackingCode = '';

  beforeAll(async () => {
    [portal, citizenBrowser, staffBrowser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Formulir', role: 'admin' });
      }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
      launchBrowser(),
    ]);
    citizenBrowser.context.setDefaultTimeout(15_000);
    page = await citizenBrowser.context.newPage();
    staff = staffBrowser.context.request;
    const signIn = await staff.post(`${portal.url}/api/v1/auth/sign-in`, { data: ADMIN });
    expect(signIn.status()).toBe(200);
    csrf = ((await signIn.json()) as { csrfToken: string }).csrfToken;
    const published = await staff.put(`${portal.url}/api/v1/services/${SLUG}/form`, {
      data: { definition: DEFINITION, processingDays: 5 },
      headers: { 'X-CSRF-Token': csrf },
    });
    expect(published.status(), await published.text()).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await citizenBrowser?.close();
    await staffBrowser?.close();
    await portal?.stop();
  });

  // The label's " *" is hidden from assistive technology, so the accessible name is exactly "NIK".
  const nik = () => page.getByRole('textbox', { name: 'NIK', exact: true });
  const fieldErrors = () => page.getByTestId('field-error').allTextContents();

  it('shows a conditional field when its choice is made', async () => {
    await page.goto(`${portal.url}/layanan/${SLUG}`);
    await page.getByLabel('Nama lengkap').waitFor();
    expect(await page.getByLabel('Sebutkan keperluan').count()).toBe(0);
    await page.getByLabel('Lainnya').check();
    await page.getByLabel('Sebutkan keperluan').waitFor();
    await page.getByLabel('Melamar kerja').check();
    await page.getByLabel('Sebutkan keperluan').waitFor({ state: 'detached' });
  });

  it('explains field problems in Indonesian, then in English after switching language', async () => {
    await nik().fill('1234');
    await nik().blur();
    await expect.poll(fieldErrors).toContain('NIK terdiri dari 16 angka.');
    expect(await nik().getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('form-submit').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Nama lengkap: Wajib diisi.');
    expect(await summary.textContent()).toContain('Alamat: Wajib diisi.');
    // The summary takes focus, so a screen reader reads it at once.
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-testid'))).not.toBe('form-submit');

    await page.getByTestId('language-switch').click();
    await expect.poll(fieldErrors).toContain('A NIK has 16 digits.');
    expect(await summary.textContent()).toContain('Full name: This field is required.');
    await page.getByTestId('language-switch').click(); // back to Bahasa Indonesia
    await expect.poll(fieldErrors).toContain('NIK terdiri dari 16 angka.');
  });

  it('fills the form, uploads a file, and passes axe on a phone', async () => {
    await page.getByLabel('Nama lengkap').fill('Siti Aminah');
    await nik().fill('3576014101900001');
    await page.getByLabel('Kecamatan').selectOption('Kranggan');
    await page.getByLabel('Kelurahan').selectOption('Meri');
    await page.getByLabel('Jalan, nomor rumah, RT/RW').fill('Jl. Mawar 3 RT 01 RW 02');
    await page.getByLabel('Lainnya').check();
    await page.getByLabel('Sebutkan keperluan').fill('Pendaftaran sekolah anak');
    await page.getByLabel('Foto KTP').setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => page.getByTestId('file-status').textContent()).toContain('Terunggah: ktp.png');
    await expect.poll(fieldErrors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('keeps a submission made offline and sends it when the connection returns', async () => {
    await citizenBrowser.context.setOffline(true);
    await page.getByTestId('form-submit').click();
    await page.getByTestId('form-queued').waitFor();
    expect(await page.getByTestId('form-queued').textContent()).toContain('Tersimpan, akan dikirim saat online');

    await citizenBrowser.context.setOffline(false);
    const code = page.getByTestId('tracking-code');
    await code.waitFor();
    trackingCode = ((await code.textContent()) ?? '').trim();
    expect(trackingCode).toMatch(/^[A-Z]{2,5}-[A-Z0-9]{4,}$/);
    expect(((await page.getByTestId('verifier').textContent()) ?? '').trim()).toMatch(/^\S{6,8}$/);
    expect(await page.getByTestId('form-filed').textContent()).toContain('Simpan kode ini');
    // Filed once: the outbox is empty and the registry holds one request for this service.
    expect(await page.evaluate(() => localStorage.getItem('palapa.forms.outbox'))).toBe('[]');
    const inbox = await staff.get(`${portal.url}/api/v1/services/${SLUG}/requests`);
    expect(((await inbox.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('opens the request on its tracking page with the timeline', async () => {
    await page.getByTestId('track-link').click();
    await page.waitForURL(`${portal.url}/lacak/${trackingCode}`);
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('Diterima');
    expect(await page.getByTestId('track-status').textContent()).toContain('Diterima');
    const body = (await page.locator('palapa-track-page section').allTextContents()).join(' ');
    expect(body).toContain('Siti Aminah');
    expect(body).toContain('Jl. Mawar 3 RT 01 RW 02, Kel. Meri, Kec. Kranggan');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('announces a status change, lists the request and lets the citizen rate it once completed', async () => {
    let from = 'diterima';
    for (const to of ['diverifikasi', 'diproses', 'selesai']) {
      const moved = await staff.post(`${portal.url}/api/v1/services/${SLUG}/requests/${trackingCode}/transitions`, {
        data: { from, to, ...(to === 'selesai' ? { note: 'Surat dapat diambil di kantor kelurahan.' } : {}) },
        headers: { 'X-CSRF-Token': csrf },
      });
      expect(moved.status(), await moved.text()).toBe(200);
      from = to;
    }

    // A fresh start of the app polls the statuses of the requests kept on the device.
    await page.goto(`${portal.url}/permohonan`);
    await expect.poll(() => page.getByTestId('request-notices').textContent()).toContain(`${trackingCode}`);
    expect(await page.getByTestId('request-notices').textContent()).toContain('Selesai');
    const row = page.locator(`[data-testid="request-row"][data-code="${trackingCode}"]`);
    await expect.poll(() => row.textContent()).toContain('Selesai');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('request-notices').getByRole('link', { name: 'Lihat' }).click();
    await page.waitForURL(`${portal.url}/lacak/${trackingCode}`);
    await page.getByTestId('skm-survey').waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('Surat dapat diambil di kantor kelurahan.');
    await page.getByTestId('skm-submit').click();
    await expect.poll(() => page.getByTestId('skm-survey').textContent()).toContain('Beri nilai untuk semua 9 unsur.');
    for (const group of await page.getByTestId('skm-survey').locator('fieldset').all()) {
      await group.getByLabel('4 · Sangat baik').check();
    }
    await page.getByLabel('Saran atau komentar').fill('Cepat dan jelas.');
    await page.getByTestId('skm-submit').click();
    await page.getByTestId('skm-done').waitFor();
    const satisfaction = await staff.get(`${portal.url}/api/v1/services/${SLUG}/satisfaction`);
    expect(await satisfaction.json()).toMatchObject({ responses: 1, index: 100, grade: 'A' });
  });

  it('opens the form with no connection, from the copy the service worker kept', async () => {
    await page.goto(`${portal.url}/layanan/${SLUG}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    // Once more under the worker's control, so it sees (and keeps) the form's definition.
    await page.reload();
    await page.getByLabel('Nama lengkap').waitFor();
    await citizenBrowser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByLabel('Nama lengkap').waitFor();
      await page.getByTestId('offline-banner').waitFor();
    } finally {
      await citizenBrowser.context.setOffline(false);
    }
  });

  it("keeps the forms code off the home page of a device that never filed a request", async () => {
    const fresh = await staffBrowser.context.newPage(); // a profile that never opened a form
    const scripts: string[] = [];
    fresh.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await fresh.goto(`${portal.url}/`);
    await fresh.getByTestId('life-events').waitFor();
    await fresh.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => /form|request-watch|palapa-track|skm/.test(path))).toEqual([]);
    await fresh.close();
  });

  it('offers a lookup by code and verifier at /lacak that passes axe', async () => {
    await page.goto(`${portal.url}/lacak`);
    await page.getByLabel('Kode pelacakan').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Kode pelacakan').fill(trackingCode);
    await page.getByLabel('Kode verifikasi').fill('SALAH1');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await expect.poll(() => page.getByTestId('track-problem').textContent()).toContain('Permohonan tidak ditemukan');
  });
});
