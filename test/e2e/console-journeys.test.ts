import { insertUser, publishVersion, readBundleDirectory } from '@palapa/registry-api';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji' };
const PUBLISHER = { email: 'bpkpd@uji.go.id', password: 'kata-sandi-penerbit-uji' };
const DARURAT_DIST = fileURLToPath(new URL('../../plugins/darurat/dist/', import.meta.url));
// The version `npm start` publishes and activates: whatever darurat's palapa.json says today.
const DARURAT_VERSION = (JSON.parse(readFileSync(new URL('../../plugins/darurat/palapa.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The staff console in Chromium, against the real server: an admin reviews, switches off and rolls
 * back the darurat plugin while a citizen (another browser, another profile) has it open; a
 * publisher creates a service and an API token. Every action goes through the registry API.
 */
describe.skipIf(!chromiumAvailable())('the staff console', () => {
  let portal: Portal;
  let adminBrowser: Browser;
  let citizenBrowser: Browser;
  let admin: Page;

  beforeAll(async () => {
    [portal, adminBrowser, citizenBrowser] = await Promise.all([
      startPortal('pglite', async (db, store) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Uji', role: 'admin' });
        await insertUser(db, { ...PUBLISHER, name: 'Tim BPKPD Uji', role: 'publisher', opd: 'bpkpd' });
        // Darurat's built bundle as an older approved version (the rollback target) and a newer
        // pending one that asks for the user's profile (the review).
        const files = await readBundleDirectory(DARURAT_DIST);
        const manifest = JSON.parse(new TextDecoder().decode(files.get('palapa.json'))) as Record<string, unknown>;
        await publishVersion(db, store, { slug: 'darurat', manifest: { ...manifest, version: '0.9.0' }, files, status: 'approved' });
        await publishVersion(db, store, { slug: 'darurat', manifest: { ...manifest, version: '9.0.0', permissions: ['user.profile'] }, files });
      }),
      launchBrowser(),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    // Fail with the locator's name rather than vitest's bare test timeout.
    adminBrowser.context.setDefaultTimeout(10_000);
    citizenBrowser.context.setDefaultTimeout(10_000);
    admin = await adminBrowser.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await adminBrowser?.close();
    await citizenBrowser?.close();
    await portal?.stop();
  });

  async function signIn(page: Page, account: { email: string; password: string }) {
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Kata sandi').fill(account.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  it('sends anonymous visitors to sign in, explains a wrong password, then opens the approval queue', async () => {
    await admin.goto(`${portal.url}/konsol/antrean`);
    await admin.getByTestId('console-staff-only').waitFor();
    expect(await admin.getByTestId('console-staff-only').textContent()).toContain('Masuk sebagai petugas');
    // The server refuses too, whatever the page shows.
    expect((await admin.request.get(`${portal.url}/api/v1/audit`)).status()).toBe(401);

    await admin.getByRole('link', { name: 'Masuk sebagai petugas' }).click();
    await admin.waitForURL(/\/masuk\?kembali=/);
    await signIn(admin, { ...ADMIN, password: 'salah-sama-sekali' });
    await expect.poll(() => admin.getByTestId('sign-in-error').textContent()).toContain('Email atau kata sandi salah');

    await signIn(admin, ADMIN);
    await admin.waitForURL(`${portal.url}/konsol/antrean`);
    const pending = admin.locator('[data-testid="pending-version"][data-slug="darurat"][data-version="9.0.0"]');
    await pending.waitFor();
    const review = (await pending.textContent()) ?? '';
    expect(review).toContain('user.profile'); // the requested permission
    expect(review).toContain(`Versi aktif sekarang: ${DARURAT_VERSION}`);
    expect(review).toMatch(/sha384-/); // integrity
    expect(review).toMatch(/KiB/); // bundle size
  });

  it('approves the pending version', async () => {
    await admin.getByRole('button', { name: 'Setujui 9.0.0' }).click();
    await expect.poll(() => admin.getByTestId('console-feedback').textContent()).toContain('Versi 9.0.0 dari Layanan Darurat disetujui');
    await admin.getByTestId('queue-empty').waitFor();
  });

  it("switches darurat off with a reason while a citizen has it open in another browser", async () => {
    const citizen = await citizenBrowser.context.newPage();
    await citizen.goto(`${portal.url}/layanan/darurat`);
    await citizen.getByTestId('darurat-app').waitFor();

    await admin.getByRole('link', { name: 'Layanan', exact: true }).click();
    const row = admin.locator('[data-testid="service-row"][data-slug="darurat"]');
    await row.getByRole('button').click();
    const dialog = admin.getByRole('dialog');
    await dialog.waitFor();
    // Escape cancels and changes nothing.
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.textContent()).toContain('Aktif');

    await row.getByRole('button').click();
    await dialog.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('minimal 3 karakter'); // the reason is required
    await dialog.getByLabel('Alasan').fill('Gangguan server PSC, uji konsol');
    await dialog.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
    await expect.poll(() => admin.getByTestId('console-feedback').textContent()).toContain('dinonaktifkan');

    await citizen.getByTestId('service-unavailable').waitFor({ timeout: 5000 });
    expect(await citizen.getByTestId('service-unavailable').textContent()).toContain('Layanan sedang tidak tersedia');
    expect(await citizen.getByTestId('darurat-app').count()).toBe(0);
  });

  it('rolls back to an older approved version in one click', async () => {
    await admin.locator('[data-testid="service-row"][data-slug="darurat"] a').click();
    await admin.waitForURL(`${portal.url}/konsol/layanan/darurat`);
    await admin.getByRole('button', { name: 'Kembalikan ke 0.9.0' }).click();
    await expect.poll(() => admin.getByTestId('console-feedback').textContent()).toContain('versi 0.9.0');
    await expect.poll(() => admin.locator('[data-testid="version-row"][data-version="0.9.0"]').textContent()).toContain('Aktif untuk warga');
  });

  it('reads the audit log, filtered by action', async () => {
    await admin.getByRole('link', { name: 'Log audit' }).click();
    await admin.locator('[data-testid="audit-row"]').first().waitFor();
    const filters = admin.getByTestId('audit-filters');
    await filters.getByLabel('Tindakan').fill('service.disable');
    await filters.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => admin.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')))).toEqual(['service.disable']);
    const entry = (await admin.locator('[data-testid="audit-row"]').textContent()) ?? '';
    expect(entry).toContain('admin@uji.go.id');
    expect(entry).toContain('darurat');
    // The target reads as the service's slug, not its UUID.
    expect(await admin.locator('[data-testid="audit-row"] [data-testid="audit-target"]').textContent()).toContain('darurat');

    // A click on a target shows everything that happened to it: approved, switched off, rolled back.
    await admin.locator('[data-testid="audit-row"] [data-testid="audit-target"]').click();
    await expect
      .poll(() => admin.locator('[data-testid="audit-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action'))))
      .toEqual(expect.arrayContaining(['service.disable', 'version.activate']));
  });

  it('lets a publisher create a service and a token, and nothing an admin does', async () => {
    const page = await citizenBrowser.context.newPage();
    await page.goto(`${portal.url}/masuk`);
    await signIn(page, PUBLISHER);
    await page.waitForURL(`${portal.url}/konsol`);
    expect(await page.getByRole('navigation', { name: 'Menu konsol' }).textContent()).not.toContain('Log audit');
    expect((await page.request.get(`${portal.url}/api/v1/audit`)).status()).toBe(403);

    await page.getByRole('link', { name: 'Buat layanan baru' }).click();
    const form = page.getByTestId('service-form');
    await form.waitFor();
    await form.getByLabel('Alamat (slug)').fill('cek-retribusi-pasar');
    await form.getByLabel('Kategori').selectOption('pajak');
    await form.getByLabel('Nama (Bahasa Indonesia)').fill('Cek Retribusi Pasar');
    await form.getByLabel('Ringkasan (Bahasa Indonesia)').fill('Periksa tagihan retribusi los pasar Anda.');
    await form.getByLabel('Deskripsi (Bahasa Indonesia)').fill('Pedagang dapat memeriksa tagihan retribusi pasar.');
    await form.getByLabel('Persyaratan (Bahasa Indonesia)').fill('Nomor los\nKTP-el');
    await form.getByLabel('Jangka waktu (Bahasa Indonesia)').fill('Seketika');
    await form.getByLabel('Biaya (Bahasa Indonesia)').fill('Gratis');
    await form.getByLabel('Produk layanan (Bahasa Indonesia)').fill('Informasi tagihan');
    await form.getByLabel('Pengaduan (Bahasa Indonesia)').fill('Call Center 112');
    await form.getByRole('button', { name: 'Buat layanan' }).click();
    await page.waitForURL(`${portal.url}/konsol/layanan/cek-retribusi-pasar`);
    await page.getByRole('heading', { name: 'Cek Retribusi Pasar' }).waitFor();

    await page.getByRole('link', { name: 'Token API' }).click();
    await page.getByLabel('Nama token').fill('CI BPKPD');
    await page.getByRole('button', { name: 'Buat token' }).click();
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^palapa_/);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await page.locator('[data-testid="token-row"][data-name="CI BPKPD"]').waitFor();
    // The token shown once works for the CLI.
    const listed = await fetch(`${portal.url}/api/v1/services`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: Array<{ slug: string }> }).items.map((item) => item.slug)).toContain('cek-retribusi-pasar');
  });
});
