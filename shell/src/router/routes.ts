import { isSlug } from '@palapa/sdk';

export type Route =
  | { name: 'home' }
  | { name: 'service'; slug: string }
  | { name: 'sign-in' }
  | { name: 'requests' }
  | { name: 'track'; code: string | null }
  | { name: 'console'; section: string }
  | { name: 'not-found' };

/** The shell's pages. Anything else, including a malformed slug, is the not-found page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const service = /^\/layanan\/([^/]+)\/?$/.exec(pathname);
  if (service?.[1] && isSlug(service[1])) return { name: 'service', slug: service[1] };
  if (/^\/masuk\/?$/.test(pathname)) return { name: 'sign-in' };
  // A citizen's requests filed through form services, and tracking one by its code.
  if (/^\/permohonan\/?$/.test(pathname)) return { name: 'requests' };
  const track = /^\/lacak(?:\/([A-Za-z0-9-]{1,40}))?\/?$/.exec(pathname);
  if (track) return { name: 'track', code: track[1]?.toUpperCase() ?? null };
  // The console's own pages (/konsol/layanan/cek-pbb …) are its business; the shell only lazy-loads it.
  const konsol = /^\/konsol(?:\/(.*?))?\/?$/.exec(pathname);
  if (konsol) return { name: 'console', section: konsol[1] ?? '' };
  return { name: 'not-found' };
}

export function servicePath(slug: string): string {
  return `/layanan/${slug}`;
}
