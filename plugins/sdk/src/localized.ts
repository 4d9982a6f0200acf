import { z } from 'zod';

/** The languages the portal speaks; Bahasa Indonesia first. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);

/** A text in both languages. Indonesian is required; English falls back to Indonesian. */
export const localizedTextSchema = z.object({
  id: z.string().min(1).max(5000),
  en: z.string().max(5000).default(''),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A list (requirements, procedure steps) in both languages. */
export const localizedListSchema = z.object({
  id: z.array(z.string().min(1).max(1000)).max(100),
  en: z.array(z.string().min(1).max(1000)).max(100).default([]),
});
export type LocalizedList = z.infer<typeof localizedListSchema>;

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
