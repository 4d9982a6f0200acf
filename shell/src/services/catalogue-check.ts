import type { CatalogueEntry, CatalogueList, LocalizedText } from '@palapa/sdk';
import type { BodyValidator } from './api-client';

/**
 * The catalogue list checked by hand, mirroring the SDK's `catalogueListSchema`. Why not the
 * schema itself: it brings all of zod (~24 KiB gzip) into the shell's start-up JavaScript, a third
 * of issue 4's 60 KiB budget, for the one response the home page cannot render without. The SDK
 * schema stays the source of truth: `catalogue-check.test.ts` runs both over the same bodies and
 * fails when they disagree. The service page's detail still goes through zod (a lazy chunk).
 */
export const catalogueListCheck: BodyValidator<CatalogueList> = {
  safeParse(body) {
    const problem = catalogueListProblem(body);
    if (problem !== null) return { success: false, error: { message: problem } };
    const list = body as CatalogueList;
    return { success: true, data: { ...list, items: list.items.map(entryWithDefaults) } };
  },
};

/** Like the schema, fills the English texts a body may leave out (`en` defaults to ''). */
export function entryWithDefaults<T extends CatalogueEntry>(entry: T): T {
  const { name, summary, category } = entry;
  return { ...entry, name: textWithDefault(name), summary: textWithDefault(summary), category: { ...category, name: textWithDefault(category.name) } };
}

export const textWithDefault = (value: LocalizedText): LocalizedText => ({ id: value.id, en: value.en ?? '' });

/** The first thing wrong with `value` as a catalogue list, or null. */
export function catalogueListProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  if (!Array.isArray(value.items)) return 'items: not an array';
  if (typeof value.total !== 'number' || !Number.isInteger(value.total) || value.total < 0) return 'total: not a count';
  if (value.nextCursor !== null && typeof value.nextCursor !== 'string') return 'nextCursor: not a string or null';
  for (const [index, item] of value.items.entries()) {
    const problem = entryProblem(item);
    if (problem) return `items.${index}.${problem}`;
  }
  return null;
}

const KINDS: ReadonlySet<unknown> = new Set<CatalogueEntry['kind']>(['module', 'form', 'link']);
const INTEGRITY = /^sha384-[A-Za-z0-9+/]+=*$/;

export function entryProblem(entry: unknown): string | null {
  if (!isObject(entry)) return 'not an object';
  if (typeof entry.slug !== 'string') return 'slug';
  if (!KINDS.has(entry.kind)) return 'kind';
  if (!isText(entry.name)) return 'name';
  if (!isText(entry.summary)) return 'summary';
  if (!isObject(entry.category) || typeof entry.category.slug !== 'string' || !isText(entry.category.name)) return 'category';
  if (!isObject(entry.opd) || typeof entry.opd.slug !== 'string' || typeof entry.opd.name !== 'string') return 'opd';
  if (!Array.isArray(entry.keywords) || !entry.keywords.every((keyword) => typeof keyword === 'string')) return 'keywords';
  if (entry.version !== null && typeof entry.version !== 'string') return 'version';
  if (entry.entry !== undefined) {
    const plugin = entry.entry;
    if (!isObject(plugin) || !isFilled(plugin.url) || !isFilled(plugin.remote)) return 'entry';
    if (typeof plugin.integrity !== 'string' || !INTEGRITY.test(plugin.integrity)) return 'entry.integrity';
  }
  return null;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isFilled = (value: unknown) => typeof value === 'string' && value.length > 0;

/** `localizedTextSchema`: Indonesian required (1–5000), English optional (the schema defaults it to ''). */
export function isText(value: unknown): boolean {
  if (!isObject(value) || !isFilled(value.id) || (value.id as string).length > 5000) return false;
  return value.en === undefined || (typeof value.en === 'string' && value.en.length <= 5000);
}
