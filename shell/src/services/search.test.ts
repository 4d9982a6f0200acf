import type { CatalogueEntry } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { filterCatalogue } from './search';

const entry = (slug: string, name: string, keywords: string[] = []): CatalogueEntry => ({
  slug,
  kind: 'link',
  name: { id: name, en: '' },
  summary: { id: '', en: '' },
  category: { slug: 'pajak', name: { id: 'Pajak', en: 'Taxes' } },
  opd: { slug: 'bpkpd', name: 'BPKPD' },
  keywords,
  version: null,
});

describe('filterCatalogue', () => {
  const entries = [entry('cek-pbb', 'Cek PBB', ['pajak', 'property']), entry('ppid', 'Layanan PPID', ['informasi'])];

  it('returns everything for an empty query', () => {
    expect(filterCatalogue(entries, '  ')).toHaveLength(2);
  });

  it('matches word prefixes in names and keywords, case and accent blind', () => {
    expect(filterCatalogue(entries, 'PBB').map((e) => e.slug)).toEqual(['cek-pbb']);
    expect(filterCatalogue(entries, 'prop').map((e) => e.slug)).toEqual(['cek-pbb']);
    expect(filterCatalogue(entries, 'infórmasi').map((e) => e.slug)).toEqual(['ppid']);
  });

  it('needs every word to match', () => {
    expect(filterCatalogue(entries, 'cek informasi')).toEqual([]);
  });
});
