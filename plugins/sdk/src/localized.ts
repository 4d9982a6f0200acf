import { z } from 'zod';
import { LOCALES } from './localized-pick';

export { LOCALES, pick, pickList, type Locale } from './localized-pick';
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

