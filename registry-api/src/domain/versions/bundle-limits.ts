/** How large an uploaded plugin bundle may be. One table, so the route, the verb and the tests agree. */
export interface BundleLimits {
  /** The `.tar.gz` as uploaded. */
  maxCompressedBytes: number;
  /** The tar stream once gunzipped: a small archive that inflates to gigabytes is refused while it inflates. */
  maxUncompressedBytes: number;
  /** Files (and folders) in the archive. */
  maxEntries: number;
}

/** 10 MiB: a built micro-frontend is rarely over 1 MiB; anything near this is a mistake (node_modules, source maps of the world). */
export const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;

/** The limits for archives of at most `maxCompressedBytes` (PALAPA_MAX_BUNDLE_MB). */
export function bundleLimitsFor(maxCompressedBytes: number): BundleLimits {
  return { maxCompressedBytes, maxUncompressedBytes: 5 * maxCompressedBytes, maxEntries: 2000 };
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = bundleLimitsFor(MAX_BUNDLE_BYTES);

/** "10 MiB", for messages a person reads. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
