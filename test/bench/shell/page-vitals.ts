import type { Page } from 'playwright-core';

export interface Vitals {
  /** Largest Contentful Paint, ms from navigation start. */
  lcpMs: number;
  /** Cumulative Layout Shift: the largest session window, as Chrome's web-vitals report it. */
  cls: number;
}

/**
 * Installed before any page script runs: buffered PerformanceObservers keep the latest LCP and
 * every layout shift that was not caused by input.
 */
export async function observeVitals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const vitals = { lcp: Number.NaN, shifts: [] as Array<{ value: number; time: number }> };
    (window as unknown as { __palapaVitals: typeof vitals }).__palapaVitals = vitals;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) vitals.shifts.push({ value: entry.value, time: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Reads the vitals so far (call it before the first tap: input ends LCP and the CLS window). */
export async function readVitals(page: Page): Promise<Vitals> {
  const { lcp, shifts } = await page.evaluate(
    () => (window as unknown as { __palapaVitals: { lcp: number; shifts: Array<{ value: number; time: number }> } }).__palapaVitals,
  );
  return { lcpMs: Math.round(lcp), cls: largestSessionWindow(shifts) };
}

/** Shifts less than 1 s apart, within 5 s, form one window; CLS is the worst window. */
function largestSessionWindow(shifts: Array<{ value: number; time: number }>): number {
  let worst = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const shift of shifts) {
    if (current > 0 && shift.time - last < 1000 && shift.time - first < 5000) {
      current += shift.value;
    } else {
      current = shift.value;
      first = shift.time;
    }
    last = shift.time;
    worst = Math.max(worst, current);
  }
  return Number(worst.toFixed(4));
}
