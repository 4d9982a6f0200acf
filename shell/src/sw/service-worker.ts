/**
 * The portal's service worker (built by vite-plugin-pwa in injectManifest mode). It keeps the
 * portal usable on a bad connection:
 * - the shell itself is precached (every build file), and any page address opens the shell;
 * - the catalogue, service details and form definitions are network-first, so they are fresh whenever the registry
 *   answers (revalidated with the ETag the page sends) and the last copy otherwise;
 * - plugin bundles live at immutable, versioned URLs, so the ones a citizen used are cache-first.
 * Answers that come from the cache carry FROM_CACHE_HEADER, so the page can say the data may be stale.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { FROM_CACHE_HEADER } from '../services/connectivity';

// The worker's global scope; typed by hand because the WebWorker lib conflicts with the DOM lib
// the rest of the shell is checked against.
declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A new shell takes over at once: its files are all precached, and plugins are versioned apart.
void self.skipWaiting();
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    // The API reference and the bundles are not shell pages.
    denylist: [/^\/api\//, /^\/bundles\//],
  }),
);

const markFromCache = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(FROM_CACHE_HEADER, '1');
    return new Response(await cachedResponse.blob(), { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

registerRoute(
  // The catalogue, and a form service's definition (so its form opens offline and the citizen's answers can be queued).
  ({ url, request }) => url.origin === location.origin && request.method === 'GET' && /^\/api\/v1\/(catalogue(\/|$)|forms\/[^/]+$)/.test(url.pathname),
  new NetworkFirst({
    cacheName: 'palapa-catalogue',
    // A registry that hangs is as good as down: show the last copy after a few seconds.
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreVary: true },
    plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 }), markFromCache],
  }),
);

registerRoute(
  ({ url, request }) => url.origin === location.origin && request.method === 'GET' && url.pathname.startsWith('/bundles/'),
  new CacheFirst({
    cacheName: 'palapa-bundles',
    plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 90 * 24 * 3600, purgeOnQuotaError: true })],
  }),
);
