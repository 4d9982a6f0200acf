/**
 * Registers the service worker once the page has loaded and the browser is idle, so it never
 * competes with the first paint or the first catalogue request. Development builds skip it: a
 * cached shell would hide the code being edited.
 */
export function registerServiceWorker(url = '/service-worker.js'): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(url, { scope: '/' }).catch((error: unknown) => {
      console.warn('[palapa] service worker not registered; the portal works, without offline support', error);
    });
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
