import type { LocalizedList, LocalizedText } from './localized';

/**
 * The locale helpers, kept apart from the zod schemas in `localized.ts`: the shell's start-up
 * JavaScript and plugins use them, and importing them must not pull zod in.
 */

/** The languages the portal speaks; Bahasa Indonesia first. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Picks the text for `locale`, falling back to Indonesian when the English text is missing.
 *
 * @example
 * pick({ id: 'Darurat', en: 'Emergency' }, 'en'); // 'Emergency'
 */
export function pick(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' && text.en) || text.id;
}

/** Like {@link pick}, for lists. */
export function pickList(list: LocalizedList, locale: Locale): string[] {
  return locale === 'en' && list.en.length > 0 ? list.en : list.id;
}
