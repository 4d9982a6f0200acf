/**
 * Where the forms keep things on the device. Imported by the start-up code only to ask "is there
 * anything to send or watch?", so that the forms code loads at start only on devices that filed a
 * request (the home page of everyone else downloads none of it).
 */
export const OUTBOX_KEY = 'palapa.forms.outbox';
export const KEPT_REQUESTS_KEY = 'palapa.forms.requests';

/** True when this device has a queued submission or a filed request to follow. */
export function hasDeviceRequests(): boolean {
  try {
    return [OUTBOX_KEY, KEPT_REQUESTS_KEY].some((key) => (localStorage.getItem(key) ?? '[]') !== '[]');
  } catch {
    return false;
  }
}
