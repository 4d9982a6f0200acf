import type { CatalogueEntry } from '@palapa/sdk';

/** Lowercase, accents and punctuation folded, so "Pajak Bumi" matches "pajak-bumi". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function haystack(entry: CatalogueEntry): string {
  return normalize(
    [entry.name.id, entry.name.en, entry.summary.id, entry.summary.en, entry.opd.name, entry.opd.slug, entry.category.name.id, entry.category.name.en, ...entry.keywords].join(' '),
  );
}

const haystacks = new WeakMap<CatalogueEntry, string>();

/**
 * Filters a small catalogue on the device as the citizen types: every word of the query must
 * appear (as a word prefix) in the service's names, summary, OPD, category or keywords.
 */
export function filterCatalogue(entries: readonly CatalogueEntry[], query: string): CatalogueEntry[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    let text = haystacks.get(entry);
    if (text === undefined) {
      text = ` ${haystack(entry)}`;
      haystacks.set(entry, text);
    }
    return words.every((word) => text.includes(` ${word}`));
  });
}
