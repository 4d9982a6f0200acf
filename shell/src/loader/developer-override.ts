/**
 * The developer override used by `palapa dev`: `/layanan/<slug>?palapa-override=<remoteEntry URL>`
 * mounts a plugin served from the developer's machine instead of the published one, without SRI
 * (the code is changing under the developer's hands). The URL is remembered on the device under
 * `palapa-override:<slug>`, so reloads and in-app navigation keep it.
 *
 * Running unapproved code in the portal's origin is exactly what the portal otherwise forbids, so
 * the override is honoured only on a development build, or for a signed-in admin, or a publisher
 * of the service's own OPD; for anyone else it is ignored and cleared.
 */
import type { SessionUser } from '../services/session';
import { OVERRIDE_PARAM, overrideStorageKey } from './override-request';

export { OVERRIDE_PARAM, overrideStorageKey };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Who may run a local build of a service's plugin. */
export function overrideAllowed(input: { devBuild: boolean; user: SessionUser | null; serviceOpd: string }): boolean {
  if (input.devBuild) return true;
  const { user } = input;
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'publisher' && user.opd !== null && user.opd.slug === input.serviceOpd;
}

/** An absolute http(s) URL, or null: a relative path or a `javascript:` URL is never an override. */
export function parseOverrideUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The override requested for `slug`: from the page's query (then remembered) or from the device.
 * Does not decide whether it may be used; see {@link overrideAllowed}.
 */
export function requestedOverride(slug: string, search: string, storage: StorageLike): URL | null {
  const fromQuery = parseOverrideUrl(new URLSearchParams(search).get(OVERRIDE_PARAM));
  try {
    if (fromQuery) {
      storage.setItem(overrideStorageKey(slug), fromQuery.href);
      return fromQuery;
    }
    const stored = parseOverrideUrl(storage.getItem(overrideStorageKey(slug)));
    if (!stored) storage.removeItem(overrideStorageKey(slug));
    return stored;
  } catch {
    return fromQuery;
  }
}

export function clearOverride(slug: string, storage: StorageLike): void {
  try {
    storage.removeItem(overrideStorageKey(slug));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The overrides in use on this page, for the outlet's developer-mode banner. */
class ActiveOverrides extends EventTarget {
  private readonly urls = new Map<string, URL>();

  get(slug: string): URL | undefined {
    return this.urls.get(slug);
  }

  set(slug: string, url: URL | null) {
    if (url) this.urls.set(slug, url);
    else this.urls.delete(slug);
    this.dispatchEvent(new CustomEvent<string>('change', { detail: slug }));
  }
}

export const activeOverrides = new ActiveOverrides();
