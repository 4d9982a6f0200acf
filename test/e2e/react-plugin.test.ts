import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, type Browser } from './support/browser';
import { publishFixturePlugin } from './support/fixtures';
import { startPortal, type Portal } from './support/portal-server';

/**
 * Stands in for the React DevTools extension: React announces every committed root to this
 * hook, in production builds too, so the test can see which roots still hold a tree. A root that
 * was unmounted commits an empty tree (its HostRoot fiber has no child).
 */
function installReactRootWatch() {
  const roots = new Set<{ current: { child: unknown } }>();
  (window as unknown as { __palapaReactRoots: typeof roots }).__palapaReactRoots = roots;
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: { child: unknown } }) => roots.add(root),
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
}

const liveReactRoots = (page: Page) =>
  page.evaluate(() => {
    const roots = (window as unknown as { __palapaReactRoots?: Set<{ current: { child: unknown } }> }).__palapaReactRoots;
    return roots ? [...roots].filter((root) => root.current.child !== null).length : -1;
  });

/** Framework-agnostic in fact: a React plugin, made into lifecycles by single-spa-react, runs in the shell. */
describe.skipIf(!chromiumAvailable())('a React plugin through single-spa-react', () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [portal, browser] = await Promise.all([
      startPortal('pglite', async (db, store) => {
        await publishFixturePlugin(db, store, 'uji-react');
      }),
      launchBrowser(),
    ]);
    await browser.context.addInitScript(installReactRootWatch);
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('mounts in the shell and renders from the ShellContext it was handed', async () => {
    await page.goto(`${portal.url}/layanan/uji-react`);
    const app = page.getByTestId('react-fixture');
    await app.waitFor();
    expect(await app.getAttribute('data-locale')).toBe('id');
    expect(await page.getByTestId('react-fixture-body').textContent()).toBe('Bahasa portal saat ini: Bahasa Indonesia.');
    expect(await page.getByTestId('react-fixture-slug').textContent()).toBe('uji-react');
    expect(await liveReactRoots(page)).toBe(1);
  });

  it('follows the shell to English and back, live', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Hello from React' }).waitFor();
    expect(await page.getByTestId('react-fixture-body').textContent()).toBe('The portal language now: English.');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Halo dari React' }).waitFor();
  });

  it('unmounts cleanly on navigation: no React root keeps a tree, and no listener outlives it', async () => {
    await page.getByRole('link', { name: 'Kembali ke semua layanan' }).click();
    await page.getByTestId('search').waitFor();
    await expect.poll(() => liveReactRoots(page)).toBe(0);
    expect(await page.getByTestId('react-fixture').count()).toBe(0);
    // A locale listener left behind would re-render into a root React has torn down.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-switch').click();
    expect(pageErrors).toEqual([]);
  });

  it('mounts again on the next visit, with a fresh root', async () => {
    await page.locator('[data-testid="service-link"][data-slug="uji-react"]').click();
    await page.getByTestId('react-fixture').waitFor();
    expect(await liveReactRoots(page)).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
