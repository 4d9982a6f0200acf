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

/**
 * Words a new service may not take as its slug, because the portal's own addresses use them next
 * to service slugs: `/konsol/layanan/baru` is the console's "new service" page, so a service
 * slugged `baru` would have a console page no one could reach. Only service creation checks this;
 * the manifest schema and {@link isSlug} stay as they are, so published plugins keep working.
 */
export const RESERVED_SLUGS: readonly string[] = ['baru'];

/**
 * True when `value` is a well-formed slug a NEW service may take: {@link isSlug}, and not one of
 * {@link RESERVED_SLUGS}.
 *
 * @example
 * isAvailableServiceSlug('izin-reklame'); // true
 * isAvailableServiceSlug('baru'); // false: /konsol/layanan/baru is the console's form
 */
export function isAvailableServiceSlug(value: string): boolean {
  return isSlug(value) && !RESERVED_SLUGS.includes(value);
}
