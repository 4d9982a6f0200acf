import { insertUser } from '@palapa/registry-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { insertMissingEntryPlugin } from './support/fixtures';
import { startPortal, type Portal } from './support/portal-server';

const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji', name: 'Admin Uji' };
const OTHER_PUBLISHER = { email: 'pajak@uji.go.id', password: 'kata-sandi-pajak-uji', name: 'Penerbit BPKPD' };
const OWN_PUBLISHER = { email: 'kominfo@uji.go.id', password: 'kata-sandi-kominfo-uji', name: 'Penerbit Diskominfo' };

/**
 * The citizen's shell beyond the first visit: the catalogue failing to load, two languages that reach the mounted plugin live and
 * are remembered, life events, favourites and recent services, emergency help in the header, the
 * quarantine card's report reaching the registry, the account in the header, and the developer
 * override honoured only for the right people.
 */
describe.skipIf(!chromiumAvailable())('citizen shell: home, languages, guests, account', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, role: 'admin' });
        await insertUser(db, { ...OTHER_PUBLISHER, role: 'publisher', opd: 'bpkpd' });
        await insertUser(db, { ...OWN_PUBLISHER, role: 'publisher', opd: 'diskominfo' });
        await insertMissingEntryPlugin(db, 'uji-tidak-ada');
      }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const signIn = async (user: { email: string; password: string }) => {
    // A fresh session each time (with a session cookie, every POST needs that session's CSRF token).
    await browser.context.clearCookies();
    const response = await page.request.post(`${portal.url}/api/v1/auth/sign-in`, { data: { email: user.email, password: user.password } });
    expect(response.status()).toBe(200);
  };
  const signOut = async () => {
    await page.goto(portal.url);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-link').waitFor();
  };

  // First in the file: a fresh profile, so no cached catalogue and no service worker yet.
  it('says when the list of services cannot be loaded (registry down, or a body that is not a catalogue), and retries', async () => {
    const LIST = /\/api\/v1\/catalogue(\?.*)?$/;
    const answers = {
      down: { status: 503, body: { error: { code: 'unavailable', message: 'down' } } },
      garbage: { status: 200, body: { items: 'not a list', total: 0, nextCursor: null } },
    };
    let registry: keyof typeof answers | 'up' = 'down';
    await page.route(LIST, (route) => {
      if (registry === 'up') return route.fallback();
      const answer = answers[registry];
      return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
    });
    await page.goto(portal.url);
    const card = page.getByTestId('error-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Daftar layanan tidak dapat dimuat');
    // The shell's own check refuses a body that is not a catalogue: the same card, not a broken list.
    registry = 'garbage';
    const refused = page.waitForResponse((response) => LIST.test(response.url()));
    await card.getByTestId('retry').click();
    await refused;
    await card.waitFor();
    expect(await page.getByTestId('result-count').count()).toBe(0);
    registry = 'up';
    await card.getByTestId('retry').click();
    await page.getByTestId('result-count').waitFor();
    expect(await page.getByTestId('error-card').count()).toBe(0);
    await page.unroute(LIST);
  });

  it('switches language live in the mounted plugin, and remembers the choice on the device', async () => {
    await page.goto(`${portal.url}/layanan/darurat`);
    await page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Emergency Services' }).waitFor();
    expect(await page.getByTestId('favourite').textContent()).toContain('Add to favourites');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Emergency Services' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('emergency-link').textContent()).toBe('Emergency');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).waitFor();
  });

  it('groups services by life event', async () => {
    await page.goto(portal.url);
    const events = page.getByTestId('life-event');
    await events.first().waitFor();
    expect(await events.evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.event))).toEqual([
      'kependudukan',
      'kesehatan',
      'pajak',
      'pengaduan',
      'darurat',
    ]);
    await page.locator('[data-testid="life-event"][data-event="kesehatan"]').click();
    await page.waitForURL('**/?peristiwa=kesehatan');
    const group = page.getByTestId('life-event-services');
    await group.waitFor();
    const slugs = await group.getByTestId('service-link').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.slug));
    expect(slugs).toEqual(expect.arrayContaining(['gayatri', 'jadwal-posyandu', 'psc-119']));
    expect(slugs).not.toContain('cek-pbb');
    await page.getByTestId('show-all').click();
    await page.getByTestId('life-events').waitFor();
  });

  it('suggests life events when a search finds nothing', async () => {
    await page.getByTestId('search').fill('zzzzqq');
    const empty = page.getByTestId('empty-result');
    await empty.waitFor();
    expect(await empty.getByTestId('life-event').count()).toBe(5);
    await page.getByTestId('search').fill('');
  });

  it('keeps favourite and recent services on the device', async () => {
    await page.goto(`${portal.url}/layanan/cek-pbb`);
    const star = page.getByTestId('favourite');
    await star.waitFor();
    expect(await star.getAttribute('data-favourite')).toBe('no');
    await star.click();
    expect(await star.getAttribute('data-favourite')).toBe('yes');
    await page.goto(portal.url);
    await page.getByTestId('favourites').waitFor();
    expect(await page.getByTestId('favourites').getByTestId('quick-link').getAttribute('data-slug')).toBe('cek-pbb');
    const recent = await page.getByTestId('recent').getByTestId('quick-link').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.slug));
    expect(recent.slice(0, 2)).toEqual(['cek-pbb', 'darurat']);
  });

  it('puts emergency help one tap away on every page', async () => {
    await page.goto(`${portal.url}/halaman-asing`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByTestId('emergency-call').getAttribute('href')).toBe('tel:112');
    await page.getByTestId('emergency-link').click();
    await page.getByTestId('darurat-app').waitFor();
  });

  it('reports a quarantined plugin to the registry, and lets the citizen report it too', async () => {
    const automatic = page.waitForRequest((request) => request.url().endsWith('/api/v1/telemetry/plugin-failures') && request.method() === 'POST');
    await page.goto(`${portal.url}/layanan/uji-tidak-ada`);
    const card = page.getByTestId('error-card');
    await card.waitFor();
    expect((await automatic).postDataJSON()).toMatchObject({ slug: 'uji-tidak-ada', version: '1.0.0', phase: 'load', reportedByCitizen: false });
    await page.getByRole('button', { name: 'Laporkan masalah' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toContain('Terima kasih');

    await signIn(ADMIN);
    const response = await page.request.get(`${portal.url}/api/v1/telemetry/plugin-failures?slug=uji-tidak-ada`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: { slug: string; phase: string; count: number; citizenReports: number }[] };
    expect(items).toEqual([expect.objectContaining({ slug: 'uji-tidak-ada', phase: 'load', count: 2, citizenReports: 1 })]);
  });

  it('shows the account in the header: the name, Konsol for staff, and Keluar', async () => {
    await browser.context.clearCookies();
    await signIn(ADMIN);
    await page.goto(portal.url);
    await page.getByTestId('account-name').waitFor();
    expect(await page.getByTestId('account-name').textContent()).toContain(ADMIN.name);
    expect(await page.getByTestId('console-link').getAttribute('href')).toBe('/konsol');
    await signOut();
    // Signed out on the server too, not only forgotten by this page.
    expect((await page.request.get(`${portal.url}/api/v1/auth/me`)).status()).toBe(401);
    await page.goto(`${portal.url}/layanan/cek-pbb`);
    await page.getByTestId('sign-in-link').click();
    await page.waitForURL(/\/masuk\?kembali=%2Flayanan%2Fcek-pbb$/);
  });

  it('honours the developer override only for a publisher of the service OPD (or an admin)', async () => {
    await page.goto(portal.url);
    const entryUrl = await page.evaluate(async () => {
      const detail = (await (await fetch('/api/v1/catalogue/darurat')).json()) as { entry: { url: string } };
      return new URL(detail.entry.url, location.href).href;
    });
    const withOverride = `${portal.url}/layanan/darurat?palapa-override=${encodeURIComponent(entryUrl)}`;
    const stored = () => page.evaluate(() => localStorage.getItem('palapa-override:darurat'));

    // Anonymous, on a production build: ignored and forgotten.
    await browser.context.clearCookies();
    await page.goto(withOverride);
    await page.getByTestId('darurat-app').waitFor();
    expect(await page.getByTestId('developer-override').count()).toBe(0);
    expect(await stored()).toBeNull();

    // A publisher of another OPD: still ignored.
    await signIn(OTHER_PUBLISHER);
    await page.goto(withOverride);
    await page.getByTestId('darurat-app').waitFor();
    expect(await page.getByTestId('developer-override').count()).toBe(0);
    await signOut();

    // A publisher of Diskominfo, which runs darurat: the local build mounts, with the banner.
    await signIn(OWN_PUBLISHER);
    await page.goto(withOverride);
    await page.getByTestId('darurat-app').waitFor();
    const banner = page.getByTestId('developer-override');
    expect(await banner.textContent()).toContain(`Mode pengembang: plugin lokal dari ${new URL(entryUrl).origin}`);
    expect(await stored()).toBe(entryUrl);
    await page.getByRole('button', { name: 'Kembali ke versi terbit' }).click();
    await page.waitForURL(`${portal.url}/layanan/darurat`);
    await page.getByTestId('darurat-app').waitFor();
    expect(await stored()).toBeNull();
    expect(await page.getByTestId('developer-override').count()).toBe(0);
  });
});
