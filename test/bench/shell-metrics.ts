/**
 * Measures what a citizen's browser downloads and waits for: the shell's start-up JavaScript,
 * a plugin's mount download, and the time from tapping a service to its plugin's content, in
 * headless Chromium against the real server and built plugins. Run: `npm run bench:shell`.
 */
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { startPortal } from '../e2e/support/portal-server';

interface Transfer {
  url: string;
  bytes: number;
  gzipBytes: number;
}

async function recordScripts(page: Page, cdp: CDPSession, action: () => Promise<void>): Promise<Transfer[]> {
  const scripts = new Map<string, string>();
  const onResponse = (event: { requestId: string; type?: string; response: { url: string; mimeType: string } }) => {
    if (event.type === 'Script' || event.response.mimeType.includes('javascript')) scripts.set(event.requestId, event.response.url);
  };
  const finished: Array<Promise<Transfer | null>> = [];
  const onFinished = (event: { requestId: string }) => {
    const url = scripts.get(event.requestId);
    if (!url) return;
    finished.push(
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then((body) => {
          const bytes = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
          return { url, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
        })
        .catch(() => null),
    );
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await action();
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return (await Promise.all(finished)).filter((t): t is Transfer => t !== null);
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (transfers: Transfer[], key: 'bytes' | 'gzipBytes') => transfers.reduce((total, t) => total + t[key], 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const runs = Number(process.env.RUNS ?? 5);
  const portal = await startPortal('pglite');
  const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  let startup: Transfer[] = [];
  let mount: Transfer[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      startup = await recordScripts(page, cdp, async () => {
        await page.goto(portal.url);
        await page.locator('[data-testid="service-link"][data-slug="darurat"]').first().waitFor();
      });
      const link = page.locator('[data-testid="service-link"][data-slug="darurat"]').first();
      let elapsed = 0;
      mount = await recordScripts(page, cdp, async () => {
        const started = Date.now();
        await link.click();
        await page.getByTestId('darurat-app').waitFor();
        elapsed = Date.now() - started;
      });
      coldMs.push(elapsed);
      // Already loaded once: back home, open it again.
      await page.goBack();
      await page.locator('[data-testid="service-link"][data-slug="darurat"]').first().waitFor();
      const again = Date.now();
      await page.locator('[data-testid="service-link"][data-slug="darurat"]').first().click();
      await page.getByTestId('darurat-app').waitFor();
      warmMs.push(Date.now() - again);
      await page.close();
    }
  } finally {
    await browser.close();
    await portal.stop();
  }
  console.log('\nShell metrics (headless Chromium, this machine, no throttling, cache disabled for the cold figures)');
  console.log(`  shell start-up JavaScript: ${startup.length} files, ${kib(sum(startup, 'bytes'))} KiB raw, ${kib(sum(startup, 'gzipBytes'))} KiB gzip`);
  console.log(`  darurat mount download:    ${mount.length} files, ${kib(sum(mount, 'bytes'))} KiB raw, ${kib(sum(mount, 'gzipBytes'))} KiB gzip`);
  console.log(`  tap → plugin content, cold (median of ${runs}): ${median(coldMs)} ms  [${coldMs.join(', ')}]`);
  console.log(`  tap → plugin content, plugin loaded before (median of ${runs}): ${median(warmMs)} ms  [${warmMs.join(', ')}]`);
  if (process.env.VERBOSE) {
    for (const t of [...startup, ...mount]) console.log(`    ${kib(t.gzipBytes).padStart(6)} KiB gz  ${t.url}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
