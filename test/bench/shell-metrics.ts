/**
 * Measures the citizen shell against issue 4's budgets ("Budgets"), in headless Chromium against
 * the real server and built plugins: start-up JavaScript, the home page's total transfer, its LCP
 * and CLS, and the time from tapping a service to its plugin's content (cold, and once loaded).
 * The budgets hold on DevTools' "Slow 4G" profile with a cold cache; the same figures without
 * throttling follow, as earlier notes reported them. Run: `npm run bench:shell` (RUNS=3 by
 * default, VERBOSE=1 lists every start-up file).
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../e2e/support/browser';
import { startPortal } from '../e2e/support/portal-server';
import { isScript, recordTransfers, type Transfer } from './shell/network-recorder';
import { observeVitals, readVitals } from './shell/page-vitals';
import { kib, median, printTable, sum, type Row } from './shell/report';
import { applySlow4G, makeCold, SLOW_4G } from './shell/throttling';

const SERVICE = 'darurat';
const serviceLink = (page: Page) => page.locator(`[data-testid="service-link"][data-slug="${SERVICE}"]`).first();

interface Run {
  home: Transfer[];
  startup: Transfer[];
  mount: Transfer[];
  lcpMs: number;
  cls: number;
  coldTapMs: number;
  warmTapMs: number;
}

async function measureOnce(browser: Browser, url: string, throttled: boolean): Promise<Run> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await makeCold(cdp, new URL(url).origin);
    if (throttled) await applySlow4G(cdp);
    await observeVitals(page);
    const home = await recordTransfers(cdp, async () => {
      await page.goto(url);
      await serviceLink(page).waitFor();
      await page.waitForLoadState('networkidle');
    });
    const { lcpMs, cls } = await readVitals(page);

    let coldTapMs = 0;
    const mount = await recordTransfers(cdp, async () => {
      const started = Date.now();
      await serviceLink(page).click();
      await page.getByTestId(`${SERVICE}-app`).waitFor();
      coldTapMs = Date.now() - started;
      await page.waitForLoadState('networkidle');
    });
    // Already loaded once: back home, open it again.
    await page.goBack();
    await serviceLink(page).waitFor();
    const again = Date.now();
    await serviceLink(page).click();
    await page.getByTestId(`${SERVICE}-app`).waitFor();
    const warmTapMs = Date.now() - again;
    return { home, startup: home.filter(isScript), mount: mount.filter(isScript), lcpMs, cls, coldTapMs, warmTapMs };
  } finally {
    await page.close();
  }
}

function rows(runs: Run[], withBudgets: boolean): Row[] {
  const last = runs.at(-1);
  if (!last) return [];
  const of = (pick: (run: Run) => number) => median(runs.map(pick));
  const budget = (value: number) => (withBudgets ? value : undefined);
  return [
    {
      figure: `shell start-up JavaScript (${last.startup.length} files, gzip)`,
      measured: kib(sum(last.startup, 'gzipBytes')),
      unit: 'KiB',
      budget: budget(60),
      note: `${kib(sum(last.startup, 'bytes')).toFixed(1)} KiB raw, ${kib(sum(last.startup, 'sentBytes')).toFixed(1)} KiB as sent`,
    },
    {
      figure: `home page total transfer (${last.home.length} responses, gzip)`,
      measured: kib(sum(last.home, 'gzipBytes')),
      unit: 'KiB',
      budget: budget(150),
      note: `${kib(sum(last.home, 'sentBytes')).toFixed(1)} KiB as this server sent it`,
    },
    { figure: 'home Largest Contentful Paint', measured: of((r) => r.lcpMs), unit: 'ms', budget: budget(1500), note: `[${runs.map((r) => r.lcpMs).join(', ')}]` },
    { figure: 'home Cumulative Layout Shift', measured: Math.max(...runs.map((r) => r.cls)), unit: '', budget: budget(0.05), note: `worst of [${runs.map((r) => r.cls).join(', ')}]` },
    { figure: 'tap → plugin content, cold', measured: of((r) => r.coldTapMs), unit: 'ms', budget: budget(1000), note: `[${runs.map((r) => r.coldTapMs).join(', ')}]` },
    { figure: 'tap → plugin content, loaded once', measured: of((r) => r.warmTapMs), unit: 'ms', budget: budget(150), note: `[${runs.map((r) => r.warmTapMs).join(', ')}]` },
    {
      figure: `${SERVICE} mount download (${last.mount.length} files, gzip)`,
      measured: kib(sum(last.mount, 'gzipBytes')),
      unit: 'KiB',
      note: `${kib(sum(last.mount, 'bytes')).toFixed(1)} KiB raw`,
    },
  ];
}

async function main() {
  const count = Number(process.env.RUNS ?? 3);
  const portal = await startPortal('pglite');
  const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  const throttled: Run[] = [];
  const unthrottled: Run[] = [];
  try {
    // One unmeasured visit warms the server (PGlite's first queries, the catalogue cache).
    await measureOnce(browser, portal.url, false);
    for (let run = 0; run < count; run++) throttled.push(await measureOnce(browser, portal.url, true));
    for (let run = 0; run < count; run++) unthrottled.push(await measureOnce(browser, portal.url, false));
  } finally {
    await browser.close();
    await portal.stop();
  }
  printTable(
    `Shell budgets — headless Chromium, Slow 4G (${SLOW_4G.latencyMs} ms RTT, ${SLOW_4G.downloadBitsPerSecond / 1e6} Mbps down, ` +
      `${SLOW_4G.cpuSlowdown}× CPU), cold cache, service worker bypassed; median of ${count}`,
    rows(throttled, true),
  );
  printTable(`Same figures without throttling (cold cache; as earlier notes reported them); median of ${count}`, rows(unthrottled, false));
  if (process.env.VERBOSE) {
    const last = unthrottled.at(-1);
    for (const t of [...(last?.home ?? []), ...(last?.mount ?? [])]) {
      console.log(`    ${kib(t.gzipBytes).toFixed(1).padStart(6)} KiB gz  ${kib(t.sentBytes).toFixed(1).padStart(6)} KiB sent  ${t.url}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
