import type { CatalogueEntry } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { groupByLifeEvent, isLifeEventId } from './life-events';

const entry = (slug: string, category: string, keywords: string[] = []): CatalogueEntry => ({
  slug,
  kind: 'link',
  name: { id: slug, en: slug },
  summary: { id: '', en: '' },
  category: { slug: category, name: { id: category, en: category } },
  opd: { slug: 'x', name: 'X' },
  keywords,
  version: null,
});

describe('groupByLifeEvent', () => {
  const catalogue = [
    entry('ktp-el', 'kependudukan', ['ktp', 'identitas']),
    entry('psc-119', 'darurat', ['PSC', 'Ambulans']),
    entry('gayatri', 'kesehatan', ['stunting']),
    entry('cek-pbb', 'pajak', ['pbb']),
    entry('curhat', 'pengaduan', []),
    entry('sktm', 'kemasyarakatan', ['surat keterangan', 'lapor kehilangan']),
    entry('cctv', 'transportasi', ['kamera', 'pajangan']),
  ];
  const groups = groupByLifeEvent(catalogue);
  const slugs = (id: Parameters<typeof groups.get>[0]) => groups.get(id)?.map((e) => e.slug);

  it('takes whole categories', () => {
    expect(slugs('kependudukan')).toEqual(['ktp-el']);
    expect(slugs('pajak')).toEqual(['cek-pbb']);
  });

  it('adds services of other categories by their keywords, case blind, one service in several groups', () => {
    expect(slugs('kesehatan')).toEqual(['psc-119', 'gayatri']);
    expect(slugs('darurat')).toEqual(['psc-119']);
    expect(slugs('pengaduan')).toEqual(['curhat', 'sktm']);
  });

  it('matches whole keyword words, not fragments ("pajangan" is not "pajak")', () => {
    expect(slugs('pajak')).not.toContain('cctv');
  });

  it('knows its ids', () => {
    expect(isLifeEventId('kesehatan')).toBe(true);
    expect(isLifeEventId('hiburan')).toBe(false);
    expect(isLifeEventId(null)).toBe(false);
  });
});
