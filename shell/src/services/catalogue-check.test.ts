import { catalogueListSchema } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { catalogueListCheck, catalogueListProblem } from './catalogue-check';

const entry = {
  slug: 'darurat',
  kind: 'module',
  name: { id: 'Layanan Darurat', en: 'Emergency' },
  summary: { id: 'PSC 119', en: '' },
  category: { slug: 'kesehatan', name: { id: 'Kesehatan', en: 'Health' } },
  opd: { slug: 'dinkes', name: 'Dinkes PPKB' },
  keywords: ['ambulans'],
  version: '1.1.0',
  entry: { url: '/bundles/darurat/1.1.0/remoteEntry.js', integrity: 'sha384-abc+/=', remote: 'palapa_darurat' },
};
const list = (items: unknown[], extra: Record<string, unknown> = {}) => ({ items, total: items.length, nextCursor: null, ...extra });
const { entry: _plugin, ...formEntry } = entry;

const valid = [
  list([]),
  list([entry, { ...formEntry, kind: 'form', version: null }], { nextCursor: 'abc' }),
  list([{ ...formEntry, kind: 'link', name: { id: 'Tautan' }, summary: { id: 'Ringkas' }, category: { slug: 'umum', name: { id: 'Umum' } } }]),
];
const invalid = [
  null,
  [],
  { items: 'no', total: 0, nextCursor: null },
  list([], { total: -1 }),
  list([], { total: 1.5 }),
  list([], { nextCursor: 3 }),
  list([{ ...entry, kind: 'plugin' }]),
  list([{ ...entry, slug: 7 }]),
  list([{ ...entry, name: 'Darurat' }]),
  list([{ ...entry, name: { id: '', en: 'Emergency' } }]),
  list([{ ...entry, summary: { id: 'x'.repeat(5001) } }]),
  list([{ ...entry, category: { slug: 'kesehatan' } }]),
  list([{ ...entry, opd: { slug: 'dinkes' } }]),
  list([{ ...entry, keywords: [1] }]),
  list([{ ...entry, version: 2 }]),
  list([{ ...entry, entry: { ...entry.entry, url: '' } }]),
  list([{ ...entry, entry: { ...entry.entry, integrity: 'sha256-abc' } }]),
  list([{ ...entry, entry: { ...entry.entry, remote: undefined } }]),
];

describe('catalogueListCheck (the zod-free check in the start-up JavaScript)', () => {
  it('accepts what the SDK schema accepts, and fills the same English defaults', () => {
    for (const body of valid) {
      const parsed = catalogueListSchema.safeParse(body);
      expect(parsed.success).toBe(true);
      expect(catalogueListProblem(body)).toBeNull();
      expect(catalogueListCheck.safeParse(body)).toStrictEqual({ success: true, data: parsed.data });
    }
  });

  it('refuses what the SDK schema refuses, saying where', () => {
    for (const body of invalid) {
      expect(catalogueListSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
      expect(catalogueListProblem(body), JSON.stringify(body)).not.toBeNull();
    }
    expect(catalogueListProblem(invalid.at(-2))).toBe('items.0.entry.integrity');
  });
});
