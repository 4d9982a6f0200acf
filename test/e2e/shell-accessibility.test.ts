import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { insertMissingEntryPlugin } from './support/fixtures';
import { startPortal, type Portal } from './support/portal-server';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Every page of the citizen shell, checked with axe-core on a phone and on a desktop screen. */
describe.skipIf(!chromiumAvailable())('shell accessibility', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  const pages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
    { name: 'home', path: '/', ready: (p) => p.getByTestId('life-events').waitFor() },
    {
      name: 'search results with suggestions open',
      path: '/',
      ready: async (p) => {
        await p.getByTestId('search').fill('pajak');
        await p.getByTestId('search').press('ArrowDown');
        await p.getByTestId('search-suggestions').waitFor();
      },
    },
    {
      name: 'empty search',
      path: '/?q=zzzzqq',
      ready: (p) => p.getByTestId('empty-result').waitFor(),
    },
    { name: 'life event', path: '/?peristiwa=kesehatan', ready: (p) => p.getByTestId('life-event-services').waitFor() },
    { name: 'module service (darurat)', path: '/layanan/darurat', ready: (p) => p.getByTestId('darurat-app').waitFor() },
    { name: 'link service', path: '/layanan/cek-pbb', ready: (p) => p.getByTestId('service-page').waitFor() },
    { name: 'form service', path: '/layanan/ppid', ready: (p) => p.getByTestId('service-page').waitFor() },
    { name: 'quarantined plugin', path: '/layanan/uji-tidak-ada', ready: (p) => p.getByTestId('error-card').waitFor() },
    { name: 'not found', path: '/halaman-asing', ready: (p) => p.getByTestId('not-found').waitFor() },
  ];

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', (db) => insertMissingEntryPlugin(db, 'uji-tidak-ada')),
      launchBrowser(),
    ]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  for (const viewport of VIEWPORTS) {
    it(`has no serious or critical axe violations at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      const found: string[] = [];
      for (const { name, path, ready } of pages) {
        await page.goto(`${portal.url}${path}`);
        await ready(page);
        for (const violation of await seriousAxeViolations(page)) found.push(`${name}: ${violation}`);
      }
      expect(found).toEqual([]);
    }, 90_000);
  }

  it('has a skip link to the main landmark, one h1 per page, and a visible focus ring', async () => {
    await page.setViewportSize(VIEWPORTS[0]);
    await page.goto(portal.url);
    await page.getByTestId('life-events').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Langsung ke konten utama' });
    expect(await skip.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await skip.press('Enter');
    expect(await page.getByRole('main').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  it('search is a combobox: arrows choose, Escape closes, Enter opens the service', async () => {
    const search = page.getByRole('combobox', { name: 'Cari layanan' });
    await search.fill('pbb');
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    const active = await search.getAttribute('aria-activedescendant');
    expect(await page.getByRole('option', { selected: true }).getAttribute('id')).toBe(active);
    await search.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL('**/layanan/cek-pbb');
    await page.getByTestId('service-page').waitFor();
  });

  it('honours prefers-reduced-motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(portal.url);
    await page.getByTestId('life-events').waitFor();
    const animated = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all.filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
      }).length;
    });
    expect(animated).toBe(0);
  });
});
