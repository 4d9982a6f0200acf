import { insertUser, schema, type Database } from '@palapa/registry-api';
import type { LinkEmbed } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

/** How long a step may take on a busy machine before the test gives up (a bound, not a measurement). */
const WAIT = { timeout: 15_000 };
const ADMIN = { email: 'admin@uji.go.id', password: 'kata-sandi-admin-uji' };

/**
 * A tiny existing OPD web app that speaks the portal's bridge: says hello, shows every locale the
 * portal sends it, asks for its height, and on its buttons asks the portal to navigate (a citizen
 * page) or sends what a hostile app would.
 */
const OPD_APP = `<!doctype html>
<html lang="id">
  <head><meta charset="utf-8" /><title>Aplikasi OPD uji</title></head>
  <body>
    <h1>Aplikasi OPD uji</h1>
    <p>Bahasa dari portal: <output id="locale"></output></p>
    <p>Asal: <output id="origin"></output></p>
    <button id="go" type="button">Ke Call Center 112</button>
    <button id="hostile" type="button">Pesan jahat</button>
    <script>
      const seen = [];
      document.getElementById('origin').textContent = String(self.origin);
      addEventListener('message', (event) => {
        if (event.source !== parent) return;
        const message = event.data;
        if (message && message.palapa === 1 && message.type === 'locale') {
          seen.push(message.locale);
          document.getElementById('locale').textContent = seen.join(' ');
        }
      });
      const send = (message) => parent.postMessage({ palapa: 1, ...message }, '*');
      document.getElementById('go').onclick = () => send({ type: 'navigate', path: '/layanan/call-center-112' });
      document.getElementById('hostile').onclick = () => {
        for (const path of ['https://evil.example', '//evil.example/', 'javascript:alert(1)', '/konsol']) send({ type: 'navigate', path });
        parent.postMessage({ palapa: 2, type: 'navigate', path: '/layanan/psc-119' }, '*');
        parent.postMessage({ type: 'navigate', path: '/layanan/psc-119' }, '*');
      };
      send({ type: 'hello' });
      send({ type: 'resize', height: 900 });
    </script>
  </body>
</html>`;

const text = (id: string) => ({ id, en: id });
const list = (id: string) => ({ id: [id], en: [id] });

/** A BPKPD link service to the OPD app, embedded with `linkEmbed` (or not). */
async function insertLinkService(db: Database, slug: string, linkUrl: string, linkEmbed: LinkEmbed | null) {
  const [opd] = await db.select().from(schema.opds).where(eq(schema.opds.slug, 'bpkpd'));
  if (!opd) throw new Error('the demo city must be seeded first');
  await db.insert(schema.services).values({
    slug,
    kind: 'link',
    opdId: opd.id,
    categorySlug: 'pajak',
    name: text(`Aplikasi ${slug}`),
    summary: text('Aplikasi OPD yang sudah ada'),
    description: text('Aplikasi web OPD yang sudah ada, dibuka dari portal.'),
    keywords: ['uji'],
    linkUrl,
    linkEmbed,
    requirements: list('Tidak ada'),
    procedure: list('Buka aplikasi'),
    processingTime: text('Segera'),
    fee: text('Gratis'),
    product: text('Informasi'),
    complaintChannel: text('Call Center 112'),
    legalBasis: list('UU 25/2009'),
  });
}

/**
 * Link services (issues 4 and 6): an existing OPD app registered by its URL, embedded in a
 * sandboxed iframe once an admin allows it, talking to the shell through the postMessage bridge.
 */
describe.skipIf(!chromiumAvailable())('link services', () => {
  let app: Server;
  let appUrl: string;
  let portal: Portal;
  let adminBrowser: Browser;
  let citizenBrowser: Browser;
  let citizen: Page;

  beforeAll(async () => {
    app = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(OPD_APP);
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/`;
    [portal, adminBrowser, citizenBrowser] = await Promise.all([
      startPortal('pglite', async (db) => {
        await insertUser(db, { ...ADMIN, name: 'Admin Uji', role: 'admin' });
        await insertLinkService(db, 'uji-tautan', appUrl, null);
        await insertLinkService(db, 'uji-tautan-asal', appUrl, { sandbox: ['allow-scripts', 'allow-same-origin'] });
      }),
      launchBrowser(),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    adminBrowser.context.setDefaultTimeout(10_000);
    citizenBrowser.context.setDefaultTimeout(10_000);
    citizen = await citizenBrowser.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await adminBrowser?.close();
    await citizenBrowser?.close();
    await portal?.stop();
    app?.close();
  });

  const embeddedApp = () => citizen.frameLocator('[data-testid="embedded-app"]');

  it('an admin embeds a link service from the console, choosing its sandbox', async () => {
    const admin = await adminBrowser.context.newPage();
    await admin.goto(`${portal.url}/masuk?kembali=${encodeURIComponent('/konsol/layanan/uji-tautan/ubah')}`);
    await admin.getByLabel('Email').fill(ADMIN.email);
    await admin.getByLabel('Kata sandi').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Masuk', exact: true }).click();
    const embed = admin.getByTestId('embed-fieldset');
    await embed.waitFor();
    // Scripts and forms are ticked as a start; top navigation is not even offered.
    expect(await embed.getByTestId('sandbox-allow-scripts').isChecked()).toBe(true);
    expect(await embed.getByTestId('sandbox-allow-same-origin').isChecked()).toBe(false);
    expect(await embed.textContent()).not.toContain('allow-top-navigation');
    await embed.getByTestId('embed-on').check();
    await admin.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => admin.getByTestId('console-feedback').textContent(), WAIT).toContain('Perubahan disimpan.');
    const detail = (await (await fetch(`${portal.url}/api/v1/catalogue/uji-tautan`)).json()) as { linkEmbed: LinkEmbed | null };
    expect(detail.linkEmbed).toEqual({ sandbox: ['allow-scripts', 'allow-forms'] });
  });

  it('the citizen opens the app inside the portal: a sandboxed frame, and the locale follows the language', async () => {
    await citizen.goto(`${portal.url}/layanan/uji-tautan`);
    expect(await citizen.getByTestId('open-new-tab').getAttribute('href')).toBe(appUrl);
    await citizen.getByTestId('open-here').click();
    const frame = citizen.locator('[data-testid="embedded-app"]');
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-forms');
    expect(await frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(await frame.getAttribute('allow')).toBe('');
    expect(await frame.getAttribute('title')).toMatch(/^Aplikasi Aplikasi uji-tautan dari Badan Pendapatan/);
    await expect.poll(() => embeddedApp().locator('#locale').textContent(), WAIT).toBe('id');
    // Without allow-same-origin the app runs with an opaque origin.
    expect(await embeddedApp().locator('#origin').textContent()).toBe('null');
    await expect.poll(() => frame.evaluate((element) => getComputedStyle(element).height), WAIT).toBe('900px');
    expect(await citizen.getByTestId('frame-status').textContent()).toBe('');
    expect(await citizen.getByTestId('open-new-tab').isVisible()).toBe(true);
    expect(await seriousAxeViolations(citizen)).toEqual([]);

    await citizen.getByTestId('language-switch').click();
    await expect.poll(() => embeddedApp().locator('#locale').textContent(), WAIT).toBe('id en');
  });

  it("ignores hostile messages and messages from other windows, and follows the app's request to a portal page", async () => {
    const visited: string[] = [];
    citizen.on('framenavigated', (navigated) => {
      if (navigated === citizen.mainFrame()) visited.push(navigated.url());
    });
    const requested: string[] = [];
    citizen.on('request', (request) => requested.push(request.url()));
    const servicePage = `${portal.url}/layanan/uji-tautan`;

    await embeddedApp().locator('#hostile').click();
    // A well-formed request from a window that is not the app's (here, the portal page itself).
    await citizen.evaluate(() => window.postMessage({ palapa: 1, type: 'navigate', path: '/layanan/psc-119' }, '*'));
    // Messages are handled in order: once the app's good request has moved the shell, every
    // message before it has been handled, and ignored.
    await embeddedApp().locator('#go').click();
    await citizen.waitForURL(`${portal.url}/layanan/call-center-112`);
    await citizen.locator('[data-testid="service-page"][data-slug="call-center-112"]').waitFor();
    // The listener sees the shell's in-app navigations (so it would have seen a hostile one).
    expect(visited).toContain(`${portal.url}/layanan/call-center-112`);
    expect(visited.every((url) => url === servicePage || url === `${portal.url}/layanan/call-center-112`), visited.join(', ')).toBe(true);
    expect(requested.filter((url) => url.includes('evil.example'))).toEqual([]);
  });

  it('with allow-same-origin the app keeps its origin, and its messages are checked against it', async () => {
    await citizen.goto(`${portal.url}/layanan/uji-tautan-asal`);
    await citizen.getByTestId('open-here').click();
    await expect.poll(() => embeddedApp().locator('#locale').textContent(), WAIT).toBe('en');
    expect(await embeddedApp().locator('#origin').textContent()).toBe(new URL(appUrl).origin);
    await embeddedApp().locator('#go').click();
    await citizen.waitForURL(`${portal.url}/layanan/call-center-112`);
  });

  it('a link service without embedding shows only the link that opens it in a new tab', async () => {
    await citizen.goto(`${portal.url}/layanan/psc-119`);
    const link = citizen.getByTestId('open-new-tab');
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await citizen.getByTestId('open-here').count()).toBe(0);
    expect(await citizen.locator('iframe').count()).toBe(0);
  });
});
