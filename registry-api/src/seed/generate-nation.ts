import type { LocalizedList, LocalizedText } from '@palapa/sdk';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { categories, opds, searchWords, services } from '../db/schema';
import { demoCategories } from './demo-city';
import { channels, extraCategories, opdTypes, regions, serviceTemplates, type ServiceTemplate } from './nation-vocabulary';

export interface NationOptions {
  /** How many services to add. */
  services: number;
  /** How many regions to spread them over: 1 gives one city's catalogue, the default all 150. */
  regions?: number;
  /** Rows per INSERT. */
  batchSize?: number;
  /**
   * VACUUM ANALYZE afterwards (default true), as autovacuum would soon do: without statistics the
   * planner mistakes a bulk-loaded table for an empty one, and a benchmark would measure that.
   */
  vacuum?: boolean;
}

export interface GeneratedNation {
  services: number;
  opds: number;
}

/** The largest catalogue the vocabulary can name without repeating itself, over `regionCount` regions. */
export function nationCapacity(regionCount = regions.length): number {
  return regionCount * serviceTemplates.length * channels.length;
}

/**
 * Adds N synthetic but realistic services, for tests (a few) and benchmarks (300 for a city, 27,000
 * for the nation): each a public service of Indonesian regional government, in a region, offered
 * through a channel — "Layanan Daring Izin Usaha Mikro Kabupaten Sleman". Deterministic: the same N
 * gives the same catalogue. Categories and OPDs are created as needed (the demo city's may already
 * be there); everything is written in one transaction, in batches.
 */
export async function generateNation(db: Database, options: NationOptions): Promise<GeneratedNation> {
  const regionCount = Math.min(Math.max(1, options.regions ?? regions.length), regions.length);
  if (!Number.isInteger(options.services) || options.services < 0 || options.services > nationCapacity(regionCount)) {
    throw new RangeError(`generateNation: services must be an integer from 0 to ${nationCapacity(regionCount)} over ${regionCount} regions.`);
  }
  const batchSize = options.batchSize ?? 1000;
  const usedRegions = regions.slice(0, regionCount);
  const generated = await db.transaction(async (tx) => {
    const [positions] = await tx.select({ next: sql<number>`coalesce(max(${categories.position}) + 1, 0)::int` }).from(categories);
    const wanted = [...demoCategories, ...extraCategories];
    await tx
      .insert(categories)
      .values(wanted.map((category, index) => ({ ...category, position: (positions?.next ?? 0) + index })))
      .onConflictDoNothing();

    const opdRows = usedRegions.flatMap((region) =>
      opdTypes.map((type) => ({ slug: opdSlug(type.slug, region), name: `${type.name} ${region}`, shortName: `${type.shortName} ${shortRegion(region)}` })),
    );
    await tx.insert(opds).values(opdRows).onConflictDoNothing();
    const opdIds = new Map<string, string>();
    for (const row of await tx.select({ id: opds.id, slug: opds.slug }).from(opds).where(inArray(opds.slug, opdRows.map((opd) => opd.slug)))) {
      opdIds.set(row.slug, row.id);
    }

    for (let start = 0; start < options.services; start += batchSize) {
      const end = Math.min(start + batchSize, options.services);
      const rows = [];
      for (let index = start; index < end; index++) rows.push(syntheticService(index, usedRegions, opdIds));
      await tx.insert(services).values(rows);
    }
    return { services: options.services, opds: opdRows.length };
  });
  if (options.vacuum ?? true) await db.execute(sql`vacuum analyze ${services}, ${opds}, ${categories}, ${searchWords}`);
  return generated;
}

function syntheticService(index: number, usedRegions: string[], opdIds: Map<string, string>) {
  // Regions vary fastest, so any N spreads over all of them; then the service, then the channel.
  const region = usedRegions[index % usedRegions.length] ?? '';
  const template = serviceTemplates[Math.floor(index / usedRegions.length) % serviceTemplates.length] as ServiceTemplate;
  const channel = channels[Math.floor(index / (usedRegions.length * serviceTemplates.length))] ?? { slug: '', id: '', en: '' };
  const opdType = opdTypes.find((type) => type.slug === template.opd);
  const opdId = opdIds.get(opdSlug(template.opd, region));
  if (!opdType || !opdId) throw new Error(`generateNation: no OPD ${template.opd} in ${region}`);
  const slug = [template.slug, regionSlug(region), channel.slug].filter(Boolean).join('-');
  const opdName = `${opdType.name} ${region}`;
  const kind = channel.slug === 'aplikasi' ? 'link' : template.kind;
  return {
    slug,
    kind,
    opdId,
    categorySlug: template.category,
    name: {
      id: [channel.id, template.name.id, region].filter(Boolean).join(' '),
      en: `${template.name.en}, ${englishRegion(region)}${channel.en ? ` (${channel.en})` : ''}`,
    },
    summary: template.summary,
    description: {
      id: `${template.summary.id} Layanan ini diselenggarakan oleh ${opdName} dan dapat diakses warga kapan saja melalui portal.`,
      en: `${template.summary.en} This service is run by the ${opdType.name} of ${englishRegion(region)} and residents can use it at any time on the portal.`,
    },
    keywords: [...template.keywords, shortRegion(region).toLowerCase()],
    linkUrl: kind === 'link' ? `https://${template.slug}.${regionSlug(region)}.go.id/` : null,
    requirements: bilingualList(['KTP-el pemohon', 'Applicant electronic ID card'], ['Nomor telepon yang aktif', 'An active phone number']),
    procedure: bilingualList(['Isi formulir permohonan', 'Fill in the application form'], ['Unggah persyaratan', 'Upload the requirements'], ['Terima bukti dan kode lacak', 'Receive a receipt and tracking code']),
    processingTime: text('3 hari kerja', '3 working days'),
    fee: text('Gratis (tidak dipungut biaya)', 'Free of charge'),
    product: text(`Hasil layanan ${template.name.id}`, `${template.name.en} outcome`),
    complaintChannel: text(`Pengaduan ${opdName} atau SP4N-LAPOR! (lapor.go.id)`, `Complaints to ${opdName} or SP4N-LAPOR! (lapor.go.id)`),
    legalBasis: bilingualList(['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'Law No. 25 of 2009 on Public Services']),
  };
}

function text(id: string, en: string): LocalizedText {
  return { id, en };
}

function bilingualList(...items: [string, string][]): LocalizedList {
  return { id: items.map(([id]) => id), en: items.map(([, en]) => en) };
}

/** "Kabupaten Kepulauan Seribu" → "Kepulauan Seribu". */
function shortRegion(region: string): string {
  return region.replace(/^(Kabupaten|Kota) /, '');
}

/** "Kabupaten Sleman" → "Sleman Regency", "Kota Malang" → "Malang City". */
function englishRegion(region: string): string {
  return region.startsWith('Kota ') ? `${shortRegion(region)} City` : `${shortRegion(region)} Regency`;
}

/** "Kabupaten Kulon Progo" → "kab-kulon-progo". */
function regionSlug(region: string): string {
  return region.toLowerCase().replace(/^kabupaten /, 'kab ').replace(/[^a-z0-9]+/g, '-');
}

function opdSlug(type: string, region: string): string {
  return `${type}-${regionSlug(region)}`;
}
