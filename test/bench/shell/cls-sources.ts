/**
 * Lists what moved on the home page during a cold, throttled load: each layout shift with the
 * elements it moved, so a CLS figure can be traced to its cause. Run:
 * `npx tsx test/bench/shell/cls-sources.ts`.
 */
import { launchBrowser } from '../../e2e/support/browser';
import { startPortal } from '../../e2e/support/portal-server';
import { applySlow4G, makeCold } from './throttling';

async function main() {
  const portal = await startPortal('pglite');
  const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await makeCold(cdp, new URL(portal.url).origin);
    if (!process.env.NO_THROTTLE) await applySlow4G(cdp);
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { __shifts: string[] }).__shifts = shifts;
      const describe = (node: Node | null): string => {
        if (!node) return '?';
        const element = node instanceof Element ? node : node.parentElement;
        const root = element?.getRootNode();
        const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
        return `${host}${element?.localName ?? '#text'}${element?.className ? `.${String(element.className)}` : ''}`;
      };
      new PerformanceObserver((list) => {
        try { for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
          const moved = entry.sources.map((s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`);
          shifts.push(`${Math.round(entry.startTime)} ms  ${entry.value.toFixed(4)}  ${moved.join(' | ')}`);
        } } catch (error) { shifts.push(String(error)); }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(portal.url);
    await page.locator('[data-testid="service-link"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    for (const line of await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)) console.log(line);
  } finally {
    await browser.close();
    await portal.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
