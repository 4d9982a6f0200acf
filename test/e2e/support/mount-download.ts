import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** A plugin's mount download must stay under this, gzip, on the citizen's phone. */
export const MOUNT_BUDGET_BYTES = 50 * 1024;

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export interface MountDownload {
  /** The plugin's own files (its bundle under /bundles/<slug>/), gzip bytes. */
  plugin: number;
  /** Everything fetched while mounting, including the shell's shared lit modules fetched on first use. */
  total: number;
}

/**
 * The JavaScript the browser fetches while `mount` runs (gzip level 9, as `npm run bench:shell`
 * counts it): the plugin's own part under /bundles/<slug>/ and the whole.
 */
export async function measureMount(page: Page, slug: string, mount: () => Promise<void>): Promise<MountDownload> {
  const scripts: Array<Promise<{ url: string; gzip: number }>> = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length }), () => ({ url: response.url(), gzip: 0 })));
  };
  page.on('response', onResponse);
  try {
    await mount();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
  }
  const fetched = await Promise.all(scripts);
  const sum = (list: typeof fetched) => list.reduce((total, script) => total + script.gzip, 0);
  return { plugin: sum(fetched.filter((script) => new URL(script.url).pathname.startsWith(`/bundles/${slug}/`))), total: sum(fetched) };
}

/** Opens a service from the home page as a citizen would, and measures its mount download from the tap until the plugin shows. */
export async function openAndMeasure(page: Page, portalUrl: string, slug: string, appTestId: string): Promise<MountDownload> {
  await page.goto(portalUrl);
  // `.last()`: the home page may also list the service under recently used ones.
  const link = page.locator(`[data-testid="service-link"][data-slug="${slug}"]`).last();
  await link.waitFor();
  return measureMount(page, slug, async () => {
    await link.click();
    await page.getByTestId(appTestId).waitFor();
  });
}
