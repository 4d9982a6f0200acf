import { insertUser } from '@palapa/registry-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { publishFixturePlugin } from './support/fixtures';
import { startPortal, type Portal } from './support/portal-server';

const CITIZEN = { email: 'warga.profil@uji.go.id', password: 'kata-sandi-warga-uji', name: 'Siti Nurhaliza' };

/**
 * The ShellContext hands the signed-in citizen only to a plugin whose approved version asks for
 * `user.profile`, and `shell.fetchGateway` reaches the service's own gateway with the session's
 * CSRF header. Two builds of one fixture: uji-profil (asks) and uji-tanpa-profil (does not).
 */
describe.skipIf(!chromiumAvailable())('the signed-in user and the gateway in the ShellContext', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db, store) => {
        await insertUser(db, { ...CITIZEN, role: 'citizen' });
        await publishFixturePlugin(db, store, 'uji-profil');
        await publishFixturePlugin(db, store, 'uji-tanpa-profil');
      }),
      launchBrowser({ viewport: { width: 360, height: 740 } }),
    ]);
    browser.context.setDefaultTimeout(10_000);
    page = await browser.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function userSeenBy(slug: string): Promise<unknown> {
    await page.goto(`${portal.url}/layanan/${slug}`);
    const shown = page.getByTestId('user-fixture-user');
    await shown.waitFor();
    return JSON.parse((await shown.textContent()) ?? '');
  }

  it('hands null to both plugins while nobody is signed in', async () => {
    expect(await userSeenBy('uji-profil')).toBeNull();
    expect(await userSeenBy('uji-tanpa-profil')).toBeNull();
  });

  it('hands the signed-in citizen’s id, name and email, at mount, only to the plugin that asks user.profile', async () => {
    // The browser's own cookie jar: the shell then learns the session from /auth/me, as after signing in.
    const signIn = await page.request.post(`${portal.url}/api/v1/auth/sign-in`, { data: { email: CITIZEN.email, password: CITIZEN.password } });
    expect(signIn.status()).toBe(200);
    const me = (await (await page.request.get(`${portal.url}/api/v1/auth/me`)).json()) as { user: { id: string } };
    expect(await userSeenBy('uji-profil')).toEqual({ id: me.user.id, name: CITIZEN.name, email: CITIZEN.email });
    expect(await userSeenBy('uji-tanpa-profil')).toBeNull();
  });

  it('fetchGateway posts to the service’s own gateway with the session cookie and CSRF header', async () => {
    await userSeenBy('uji-profil');
    const { csrfToken } = (await (await page.request.get(`${portal.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const [request] = await Promise.all([
      page.waitForRequest((candidate) => new URL(candidate.url()).pathname.startsWith('/api/v1/gateway/')),
      page.getByTestId('user-fixture-gateway').click(),
    ]);
    expect(new URL(request.url()).pathname + new URL(request.url()).search).toBe('/api/v1/gateway/uji-profil/ping?dari=uji');
    expect(request.method()).toBe('POST');
    const headers = await request.allHeaders();
    expect(headers['x-csrf-token']).toBe(csrfToken);
    expect(headers.cookie).toContain('palapa_session=');
    // The fixture service has no approved back end: the gateway's own answer, past the CSRF check (not 403).
    await expect.poll(() => page.getByTestId('user-fixture-status').textContent()).toMatch(/^\d{3}$/);
    expect(await page.getByTestId('user-fixture-status').textContent()).not.toBe('403');
  });
});
