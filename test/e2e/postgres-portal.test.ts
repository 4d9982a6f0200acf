import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { startPortal, type Portal } from './support/portal-server';

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!withPostgres && process.env.CI === 'true') {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the portal must be tested on PostgreSQL in CI.');
}

/** The same server, with DATABASE_URL: the portal runs on PostgreSQL and mounts its plugin. */
describe.skipIf(!withPostgres || !chromiumAvailable())('portal on PostgreSQL', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal('postgres'), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('serves the catalogue and mounts the emergency plugin', async () => {
    const page = await browser.context.newPage();
    await page.goto(portal.url);
    await expect.poll(() => page.getByTestId('service-link').count()).toBeGreaterThanOrEqual(12);
    await page.locator('[data-testid="service-link"][data-slug="darurat"]').click();
    await page.getByTestId('darurat-app').waitFor();
    const health = await fetch(`${portal.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
