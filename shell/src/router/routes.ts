import { isSlug } from '@palapa/sdk';

export type Route =
  | { name: 'home' }
  | { name: 'service'; slug: string }
  | { name: 'sign-in' }
  | { name: 'console'; section: string }
  | { name: 'not-found' };

/** The shell's pages. Anything else, including a malformed slug, is the not-found page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const service = /^\/layanan\/([^/]+)\/?$/.exec(pathname);
  if (service?.[1] && isSlug(service[1])) return { name: 'service', slug: service[1] };
  if (/^\/masuk\/?$/.test(pathname)) return { name: 'sign-in' };
  // The console's own pages (/konsol/layanan/cek-pbb …) are its business; the shell only lazy-loads it.
  const konsol = /^\/konsol(?:\/(.*?))?\/?$/.exec(pathname);
  if (konsol) return { name: 'console', section: konsol[1] ?? '' };
  return { name: 'not-found' };
}

export function servicePath(slug: string): string {
  return `/layanan/${slug}`;
}
