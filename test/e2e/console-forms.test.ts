import { insertUser, schema, type Database } from '@palapa/registry-api';
import { eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Driver, type Portal } from './support/portal-server';

const PUBLISHER = { email: 'reklame@uji.go.id', password: 'kata-sandi-penerbit-uji' };
const SLUG = 'izin-reklame-uji';
// The PostgreSQL run (TEST_DATABASE_URL set) takes the journey through the real SQL there too; PGlite otherwise.
const DRIVER: Driver = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const text = (id: string, en = id) => ({ id, en });
/** expect.poll gives up after 1 s by default; on this shared machine a publish and a reload can take longer. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** A form service with no definition yet, under BPKPD, as a publisher would have created it. */
async function insertFormService(db: Database) {
  const [opd] = await db.select().from(schema.opds).where(eq(schema.opds.slug, 'bpkpd'));
  if (!opd) throw new Error('the demo city must be seeded first');
  await db.insert(schema.services).values({
    slug: SLUG,
    kind: 'form',
    opdId: opd.id,
    categorySlug: 'perizinan',
    name: text('Izin Reklame (uji)', 'Advertising Permit (test)'),
    summary: text('Ajukan izin pemasangan reklame.'),
    description: text('Permohonan izin pemasangan papan nama dan baliho.'),
    keywords: ['reklame'],
    requirements: { id: ['KTP-el'], en: ['ID card'] },
    procedure: { id: ['Isi formulir'], en: ['Fill in the form'] },
    processingTime: text('3 hari kerja'),
    fee: text('Gratis'),
    product: text('Surat izin'),
    complaintChannel: text('Call Center 112'),
    legalBasis: { id: ['Perda Reklame'], en: [] },
  });
}

/**
 * A publisher builds a form service in the console's editor (a field shown only for one answer,
 * watched in the live preview), publishes it, and handles a citizen's request in the inbox through
 * diverifikasi → diproses → selesai, including the refusal when another officer moved it first.
 */
describe.skipIf(!chromiumAvailable())(`the console: form services (${DRIVER})`, () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let trackingCode = '';
  let verifier = '';

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal(DRIVER, async (db) => {
        await insertUser(db, { ...PUBLISHER, name: 'Tim Reklame Uji', role: 'publisher', opd: 'bpkpd' });
        await insertFormService(db);
      }),
      launchBrowser(),
    ]);
    browser.context.setDefaultTimeout(10_000);
    page = await browser.context.newPage();
    await page.goto(`${portal.url}/masuk`);
    await page.getByLabel('Email').fill(PUBLISHER.email);
    await page.getByLabel('Kata sandi').fill(PUBLISHER.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${portal.url}/konsol`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** The text of the focused element, looking inside shadow roots. */
  async function focusedText() {
    return page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent?.trim() ?? null;
    });
  }

  /** Adds a field of `type` to the first section and types its Indonesian label (focus lands there). */
  async function addField(editor: Locator, type: string, label: string) {
    await editor.getByLabel('Jenis isian baru untuk bagian 1').selectOption(type);
    await editor.getByRole('button', { name: 'Tambah isian' }).click();
    await page.keyboard.type(label);
  }

  it('builds a form with a conditional field and watches the preview follow it', async () => {
    await page.goto(`${portal.url}/konsol/layanan/${SLUG}`);
    await page.getByRole('link', { name: 'Susun formulir' }).click();
    await page.waitForURL(`${portal.url}/konsol/layanan/${SLUG}/formulir`);
    const editor = page.getByTestId('form-editor');
    await editor.waitFor();
    expect(await page.getByTestId('form-current-version').textContent()).toContain('Belum ada versi');

    await editor.getByLabel('Lama proses').fill('3');
    await addField(editor, 'text', 'Nama pemohon');
    await addField(editor, 'choice', 'Jenis reklame');
    const jenis = page.locator('[data-testid="field-editor"][data-key="jenis_reklame"]');
    await jenis.getByLabel('Pilihan 1 (Bahasa Indonesia)').fill('Papan nama');
    await jenis.getByLabel('Pilihan 1 (English)').fill('Shop sign');
    await jenis.getByRole('button', { name: 'Tambah pilihan' }).click();
    await page.keyboard.type('Baliho');
    await jenis.getByLabel('Pilihan 2 (English)').fill('Billboard');
    await addField(editor, 'text', 'Ukuran baliho');
    const ukuran = page.locator('[data-testid="field-editor"][data-key="ukuran_baliho"]');
    await ukuran.getByLabel('Label (English)').fill('Billboard size');
    // Keys were suggested from the Indonesian labels, option values too.
    expect(await jenis.getByLabel('Nilai pilihan 2').inputValue()).toBe('baliho');

    // Shown only for billboards: the schema wants at least one option ticked first.
    await ukuran.getByLabel('Kapan isian ini tampil').selectOption('jenis_reklame');
    await poll(() => ukuran.getByTestId('editor-problem').allTextContents()).toEqual([expect.stringContaining('Tambahkan paling sedikit 1')]);
    await ukuran.getByRole('group', { name: 'salah satu dari pilihan berikut' }).getByLabel('Baliho').check();
    await poll(() => page.getByTestId('form-check').textContent()).toContain('Formulir siap diterbitkan');

    // The preview is the citizens' own renderer: the size appears only once "Baliho" is chosen.
    const preview = page.getByTestId('form-preview');
    await preview.getByLabel('Nama pemohon').waitFor();
    expect(await preview.getByLabel('Ukuran baliho').count()).toBe(0);
    await preview.getByLabel('Baliho').check();
    await preview.getByLabel('Ukuran baliho').waitFor();
    await preview.getByLabel('Papan nama').check();
    await poll(() => preview.getByLabel('Ukuran baliho').count()).toBe(0);
    // … and in English.
    await preview.getByRole('button', { name: 'English' }).click();
    await preview.getByLabel('Billboard', { exact: true }).check();
    await preview.getByLabel('Billboard size').waitFor();

    // Reordering is by buttons (keyboard-friendly); moving the condition above its source is flagged.
    await ukuran.getByRole('button', { name: 'Naikkan isian Ukuran baliho' }).click();
    await poll(() => page.getByTestId('form-check').textContent()).toContain('1 masalah');
    expect(await ukuran.getByTestId('editor-problem').allTextContents()).toEqual([expect.stringContaining('isian pilihan yang letaknya lebih atas')]);
    expect(await focusedText()).toBe('Naikkan isian Ukuran baliho'); // focus follows the moved field
    await ukuran.getByRole('button', { name: 'Turunkan isian Ukuran baliho' }).click();
    await poll(() => page.getByTestId('form-check').textContent()).toContain('Formulir siap diterbitkan');
    expect(await page.locator('[data-testid="field-editor"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-key')))).toEqual([
      'nama_pemohon',
      'jenis_reklame',
      'ukuran_baliho',
    ]);
    await jenis.getByRole('checkbox', { name: 'Wajib diisi' }).check();

    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('publishes the form as version 1', async () => {
    await page.getByTestId('publish-form').click();
    await poll(() => page.getByTestId('console-feedback').textContent()).toContain('Versi 1 diterbitkan');
    await page.locator('[data-testid="form-version-row"][data-version="1"]').waitFor();
    expect(await page.getByTestId('form-current-version').textContent()).toContain('Versi berlaku: 1');

    // Citizens get it at once (no approval step for forms).
    const published = await fetch(`${portal.url}/api/v1/forms/${SLUG}`);
    expect(published.status).toBe(200);
    const body = (await published.json()) as { version: number; processingDays: number; definition: { sections: Array<{ fields: Array<{ key: string; visibleWhen?: unknown }> }> } };
    expect(body).toMatchObject({ version: 1, processingDays: 3 });
    expect(body.definition.sections[0]?.fields.map((field) => field.key)).toEqual(['nama_pemohon', 'jenis_reklame', 'ukuran_baliho']);
    expect(body.definition.sections[0]?.fields[2]?.visibleWhen).toEqual({ field: 'jenis_reklame', anyOf: ['baliho'] });
  });

  it('shows a citizen’s request in the inbox', async () => {
    // The citizen files through the API (their side is the citizen shell's test).
    const filed = await fetch(`${portal.url}/api/v1/forms/${SLUG}/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'uji-konsol-formulir-1' },
      body: JSON.stringify({ definitionVersion: 1, values: { nama_pemohon: 'Siti Aminah', jenis_reklame: 'baliho', ukuran_baliho: '4 x 6 meter' } }),
    });
    expect(filed.status).toBe(201);
    ({ trackingCode, verifier } = (await filed.json()) as { trackingCode: string; verifier: string });

    await page.goto(`${portal.url}/konsol/layanan/${SLUG}`);
    await page.getByRole('link', { name: 'Permohonan masuk' }).click();
    const row = page.locator(`[data-testid="request-row"][data-code="${trackingCode}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Siti Aminah');
    expect(await row.getAttribute('data-status')).toBe('diterima');
    // The status filter asks the registry again.
    await page.getByTestId('requests-filter').selectOption('selesai');
    await page.getByTestId('requests-empty').waitFor();
    await page.getByTestId('requests-filter').selectOption('diterima');
    await row.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('moves the request through diverifikasi, diproses and selesai, and explains a clash with another officer', async () => {
    await page.getByRole('link', { name: trackingCode }).click();
    await page.waitForURL(`${portal.url}/konsol/layanan/${SLUG}/permohonan/${trackingCode}`);
    const answers = page.getByTestId('request-answers');
    await answers.waitFor();
    // Answers are said with the labels of the version they were filed under.
    expect(await answers.locator('[data-key="jenis_reklame"]').textContent()).toContain('Baliho');
    expect(await answers.locator('[data-key="ukuran_baliho"]').textContent()).toContain('4 x 6 meter');

    const move = page.getByTestId('request-move');
    // A rejection needs a note for the citizen.
    await move.getByLabel('Ditolak').check();
    await move.getByRole('button', { name: 'Simpan status' }).click();
    await poll(() => move.getByRole('alert').textContent()).toContain('Tulis alasan penolakan');

    await move.getByLabel('Diverifikasi').check();
    await move.getByRole('button', { name: 'Simpan status' }).click();
    await poll(() => page.getByTestId('console-feedback').textContent()).toContain('Status diubah menjadi Diverifikasi');
    expect(await page.locator('[data-testid="request-status"] [data-status]').getAttribute('data-status')).toBe('diverifikasi');

    // Another officer moves it to diproses first (same OPD, another tab): this page's move is refused, not lost.
    const me = (await (await page.request.get(`${portal.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const elsewhere = await page.request.post(`${portal.url}/api/v1/services/${SLUG}/requests/${trackingCode}/transitions`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { from: 'diverifikasi', to: 'diproses', note: 'Diproses petugas lain' },
    });
    expect(elsewhere.status()).toBe(200);
    await move.getByLabel('Diproses').check();
    await move.getByRole('button', { name: 'Simpan status' }).click();
    await poll(() => page.getByTestId('console-feedback').textContent()).toContain('Status sudah diubah petugas lain; muat ulang');
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await poll(() => page.locator('[data-testid="request-status"] [data-status]').getAttribute('data-status')).toBe('diproses');

    // Done, with a note and the permit attached.
    await move.getByLabel('Selesai').check();
    await move.getByLabel('Catatan untuk pemohon').fill('Izin terbit; silakan unduh suratnya.');
    await move.getByLabel('Lampiran').setInputFiles({ name: 'surat-izin.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await move.getByRole('button', { name: 'Simpan status' }).click();
    await poll(() => page.getByTestId('console-feedback').textContent()).toContain('Status diubah menjadi Selesai');
    await page.getByTestId('request-final').waitFor();

    const timeline = page.getByTestId('request-timeline');
    expect(await timeline.locator(':scope > li').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-status')))).toEqual([
      'diterima',
      'diverifikasi',
      'diproses',
      'selesai',
    ]);
    const done = (await timeline.locator(':scope > li[data-status="selesai"]').textContent()) ?? '';
    expect(done).toContain('Izin terbit');
    expect(done).toContain('Unduh surat-izin.pdf');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the service’s satisfaction index once the citizen rated the finished request', async () => {
    await page.goto(`${portal.url}/konsol/layanan/${SLUG}`);
    await page.getByTestId('satisfaction-none').waitFor();
    const scores = { persyaratan: 4, prosedur: 4, waktu: 3, biaya: 4, produk: 4, kompetensi: 3, perilaku: 4, pengaduan: 3, sarana: 4 };
    const rated = await fetch(`${portal.url}/api/v1/requests/${trackingCode}/rating`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Verifier': verifier },
      body: JSON.stringify({ scores }),
    });
    expect(rated.status).toBe(201);
    await page.reload();
    // (4·6 + 3·3) / 9 × 25 = 91.67: grade A.
    await poll(() => page.getByTestId('satisfaction-index').textContent()).toContain('91,67');
    expect(await page.getByTestId('satisfaction-grade').textContent()).toContain('A (Sangat baik)');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
