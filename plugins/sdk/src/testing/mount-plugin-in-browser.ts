import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserType, Locator, Page } from 'playwright-core';
import type { InlineConfig } from 'vite';
import type { Locale } from '../localized-pick';
import type { ShellUser } from '../shell-context';
import { readManifest } from '../vite/preset';
import type { FakeShellOptions, ShellRecord } from './fake-shell-context';
import type { PalapaHarness } from './harness-page';
import { startHarnessServer, type HarnessServer, type PluginSource } from './harness-server';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface MountPluginOptions {
  /** The plugin's folder (where `palapa.json` is). */
  root: string;
  /**
   * What to mount: the module that default-exports the lifecycles (default `src/plugin.ts`,
   * transformed by Vite), or `{ built: 'dist' }` for the built remote, loaded through Module
   * Federation with lit shared, as the shell loads it (run `vite build` first).
   */
  plugin?: string | { built: string };
  /** The language at mount time. Default `id`. */
  locale?: Locale;
  /** The signed-in user the plugin sees (as with an approved `user.profile`). Default null. */
  user?: ShellUser | null;
  /** What the plugin's namespaced storage holds before it mounts. */
  storage?: Record<string, string>;
  /** The CSRF token `fetchGateway` sends with a change. Default `test-csrf-token` with a user, none without. */
  csrfToken?: string | null;
  /**
   * Answers the plugin's `shell.fetchGateway` calls in place of the OPD back end (each call is in
   * `record().gatewayCalls` either way). Without it, gateway calls get the harness server's 404.
   */
  gateway?: (request: GatewayRequest) => GatewayReply | Promise<GatewayReply>;
  /** A browser to open the page in (share one across a file's tests); otherwise one is launched and closed with the harness. */
  browser?: Browser;
  /** Default 360×800: the phone the portal is designed for first. */
  viewport?: { width: number; height: number };
  /** Extra Vite config for the source mode (aliases, a framework's Vite plugin). */
  vite?: InlineConfig;
}

/** A call the plugin made through `shell.fetchGateway`, as the back end would receive it. */
export interface GatewayRequest {
  method: string;
  /** The path below the service's gateway root, with its query, e.g. `/objek/35?tahun=2025`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The body as text (null without one). */
  body: string | null;
}

/** The back end's answer: `json` is sent as JSON; otherwise `body` as is. */
export interface GatewayReply {
  status?: number;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}

/** A plugin mounted in a real browser page with a recording ShellContext. */
export interface MountedPlugin {
  /** The Playwright page: query the plugin with `page.getByTestId(…)`, `page.getByRole(…)`. */
  page: Page;
  /** The element the plugin was mounted into. */
  outlet: Locator;
  /** Switches the language live, as the shell's language button does. */
  setLocale(locale: Locale): Promise<void>;
  /** What the plugin asked of the shell so far (navigations, notifications, events, storage, listeners). */
  record(): Promise<ShellRecord>;
  /** Runs the plugin's unmount; says how many nodes it left in the outlet (0 for a tidy plugin). */
  unmount(): Promise<{ leftoverNodes: number }>;
  /** Mounts it again (after `unmount`), with a fresh context. */
  remount(options?: Pick<MountPluginOptions, 'locale' | 'user' | 'storage' | 'csrfToken'>): Promise<void>;
  /** Closes the page, the server, and the browser if the harness launched it. */
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Imported when needed: playwright-core is an optional peer, and the fake context works without it.
async function chromiumLauncher(): Promise<BrowserType> {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    throw new Error('@palapa/sdk/testing needs playwright-core: npm install --save-dev --save-exact playwright-core');
  }
}

/**
 * Launches headless Chromium (`CHROMIUM_PATH` or `/usr/bin/chromium`; nothing is downloaded),
 * kept off the network. Share one across a test file and pass it to mountPluginInBrowser.
 *
 * @example
 * let browser: Browser;
 * beforeAll(async () => { browser = await launchTestBrowser(); });
 * afterAll(() => browser.close());
 */
export async function launchTestBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  const chromium = await chromiumLauncher();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * True when Chromium is there, so a test file can `describe.skipIf(!testBrowserAvailable())`.
 * In CI (`CI=true`) a missing browser throws instead: a browser test that skips itself there
 * would pass without testing anything.
 */
export function testBrowserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return false;
}

/**
 * Mounts a plugin in a real Chromium page, without the portal, with a fake ShellContext that
 * records what the plugin asks of the shell: an OPD team's unit test in a real browser.
 *
 * @example
 * // src/plugin.test.ts (vitest)
 * import { mountPluginInBrowser } from '@palapa/sdk/testing';
 * it('greets in both languages', async () => {
 *   const plugin = await mountPluginInBrowser({ root: fileURLToPath(new URL('..', import.meta.url)) });
 *   await plugin.page.getByRole('heading', { name: 'Layanan Darurat' }).waitFor();
 *   await plugin.setLocale('en');
 *   await plugin.page.getByRole('heading', { name: 'Emergency Services' }).waitFor();
 *   expect(await plugin.unmount()).toEqual({ leftoverNodes: 0 });
 *   expect((await plugin.record()).localeListeners).toBe(0);
 *   await plugin.close();
 * });
 */
export async function mountPluginInBrowser(options: MountPluginOptions): Promise<MountedPlugin> {
  const root = resolve(options.root);
  const manifest = readManifest(root);
  const source: PluginSource =
    typeof options.plugin === 'object'
      ? { kind: 'built', dir: resolve(root, options.plugin.built) }
      : { kind: 'source', module: resolve(root, options.plugin ?? 'src/plugin.ts') };
  if (source.kind === 'built' && !existsSync(resolve(source.dir, manifest.entry))) {
    throw new Error(`${resolve(source.dir, manifest.entry)} is missing: build the plugin first (npm run build).`);
  }

  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const server: HarnessServer = await startHarnessServer({ root, source, manifest, ...(options.vite ? { vite: options.vite } : {}) });
    cleanups.push(server.close);
    let browser = options.browser;
    if (!browser) {
      const launched = await launchTestBrowser();
      cleanups.push(() => launched.close());
      browser = launched;
    }
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 360, height: 800 } });
    cleanups.push(() => page.close());
    if (options.gateway) await answerGateway(page, manifest.slug, options.gateway);
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.palapaHarness === 'ready');

    const mount = (shell: FakeShellOptions) =>
      page.evaluate((shellOptions) => (window as unknown as { __palapaHarness: PalapaHarness }).__palapaHarness.mount(shellOptions), shell);
    const shellOptions = (from: Pick<MountPluginOptions, 'locale' | 'user' | 'storage' | 'csrfToken'>): FakeShellOptions => ({
      slug: manifest.slug,
      locale: from.locale ?? 'id',
      user: from.user ?? null,
      storage: from.storage ?? {},
      ...(from.csrfToken !== undefined ? { csrfToken: from.csrfToken } : {}),
    });
    await mount(shellOptions(options));

    return {
      page,
      outlet: page.getByTestId('plugin-outlet'),
      setLocale: (locale) =>
        page.evaluate((next) => (window as unknown as { __palapaHarness: PalapaHarness }).__palapaHarness.setLocale(next), locale),
      record: () => page.evaluate(() => (window as unknown as { __palapaHarness: PalapaHarness }).__palapaHarness.record()),
      unmount: () => page.evaluate(() => (window as unknown as { __palapaHarness: PalapaHarness }).__palapaHarness.unmount()),
      remount: (again = {}) => mount(shellOptions({ ...options, ...again })),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Routes the page's gateway requests for `slug` to the test's handler, as the OPD back end would answer. */
async function answerGateway(page: Page, slug: string, handler: NonNullable<MountPluginOptions['gateway']>): Promise<void> {
  const root = `/api/v1/gateway/${encodeURIComponent(slug)}`;
  await page.route(
    (url) => url.pathname.startsWith(`${root}/`),
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const reply = await handler({
        method: request.method(),
        path: `${url.pathname.slice(root.length)}${url.search}`,
        headers: await request.allHeaders(),
        body: request.postData(),
      });
      const json = reply.json !== undefined;
      await route.fulfill({
        status: reply.status ?? 200,
        headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...reply.headers },
        body: json ? JSON.stringify(reply.json) : (reply.body ?? ''),
      });
    },
  );
}
