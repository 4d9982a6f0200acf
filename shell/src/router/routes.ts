import { isSlug } from '@palapa/sdk';

export type Route = { name: 'home' } | { name: 'service'; slug: string } | { name: 'not-found' };

/** The shell's pages. Anything else, including a malformed slug, is the not-found page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const service = /^\/layanan\/([^/]+)\/?$/.exec(pathname);
  if (service?.[1] && isSlug(service[1])) return { name: 'service', slug: service[1] };
  return { name: 'not-found' };
}

export function servicePath(slug: string): string {
  return `/layanan/${slug}`;
}
