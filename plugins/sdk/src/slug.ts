/**
 * Service slugs are the stable public identifiers of services: they appear in URLs
 * (`/layanan/<slug>`), bundle paths and federation container names.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 64;

/** True when `value` is a well-formed service slug, e.g. `cek-pbb`. */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * The Module Federation container name a plugin must use, derived from its slug so that two
 * plugins can never collide in the shared runtime.
 *
 * @example
 * remoteNameFor('cek-pbb'); // 'palapa_cek_pbb'
 */
export function remoteNameFor(slug: string): string {
  return `palapa_${slug.replaceAll('-', '_')}`;
}
