/**
 * Asks the device where the citizen is, once, when they press the button: never on load, so the
 * browser's permission prompt only appears after a deliberate request. Every failure becomes a
 * plain outcome the page can explain, never an exception.
 */
import type { LatLon } from './distance';

export type LocateOutcome =
  | { readonly status: 'located'; readonly position: LatLon }
  /** The citizen (or the browser's settings) refused to share the location. */
  | { readonly status: 'denied' }
  /** No geolocation on this device, no fix, or it took too long. */
  | { readonly status: 'unavailable' };

/** The part of `navigator.geolocation` this needs (a test passes a fake). */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

// Error code 1 is PERMISSION_DENIED in the Geolocation API; 2 and 3 are unavailable and timeout.
const PERMISSION_DENIED = 1;

/** Where the citizen is, or why we cannot say. */
export function locateCitizen(
  geolocation: GeolocationLike | undefined = globalThis.navigator?.geolocation,
  timeoutMs = 15_000,
): Promise<LocateOutcome> {
  if (!geolocation) return Promise.resolve({ status: 'unavailable' });
  return new Promise((resolve) => {
    try {
      geolocation.getCurrentPosition(
        (position) => resolve({ status: 'located', position: { lat: position.coords.latitude, lon: position.coords.longitude } }),
        (error) => resolve({ status: error.code === PERMISSION_DENIED ? 'denied' : 'unavailable' }),
        // A fix from the last five minutes is close enough to pick a hospital, and much faster.
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 300_000 },
      );
    } catch {
      // Some embedded browsers throw instead of calling the error callback (e.g. an insecure origin).
      resolve({ status: 'unavailable' });
    }
  });
}
