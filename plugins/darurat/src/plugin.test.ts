import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, mountPluginInBrowser, testBrowserAvailable, type MountedPlugin } from '@palapa/sdk/testing';
import { HOSPITALS } from './contacts';

const PLUGIN_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The darurat plugin in a real browser with the SDK's test harness: no portal, a fake ShellContext. */
describe.skipIf(!testBrowserAvailable())('darurat in a browser (SDK test harness)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('from its source', () => {
    let plugin: MountedPlugin;
    beforeAll(async () => {
      plugin = await mountPluginInBrowser({ root: PLUGIN_ROOT, browser });
    });
    afterAll(async () => {
      await plugin?.close();
    });

    it('mounts in Bahasa Indonesia with every hospital listed', async () => {
      await plugin.page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).waitFor();
      expect(await plugin.page.getByTestId('hospital').count()).toBe(HOSPITALS.length);
    });

    it('follows a live switch to English, asking nothing else of the shell', async () => {
      await plugin.setLocale('en');
      await plugin.page.getByRole('heading', { level: 2, name: 'Emergency Services' }).waitFor();
      const record = await plugin.record();
      expect(record).toMatchObject({ navigations: [], notifications: [], events: [], localeListeners: 1 });
    });

    it('unmounts tidily: nothing left in its outlet, no locale listener left behind', async () => {
      expect(await plugin.unmount()).toEqual({ leftoverNodes: 0 });
      expect((await plugin.record()).localeListeners).toBe(0);
    });

    it('mounts again in the language of the new context', async () => {
      await plugin.remount({ locale: 'en' });
      await plugin.page.getByRole('heading', { level: 2, name: 'Emergency Services' }).waitFor();
    });
  });

  describe('from its built remote (what the registry serves)', () => {
    let plugin: MountedPlugin;
    beforeAll(async () => {
      plugin = await mountPluginInBrowser({ root: PLUGIN_ROOT, plugin: { built: 'dist' }, browser });
    });
    afterAll(async () => {
      await plugin?.close();
    });

    it('loads through Module Federation with the harness’s lit, and mounts', async () => {
      await plugin.page.getByRole('heading', { level: 2, name: 'Layanan Darurat' }).waitFor();
      const litCopies = await plugin.page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0);
      expect(litCopies).toBe(1);
    });
  });
});
