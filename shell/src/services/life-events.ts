import type { CatalogueEntry } from '@palapa/sdk';
import { normalize } from './search';

/**
 * "Peristiwa hidup": citizens look for help with a moment of their life (a birth, an illness, a
 * tax bill, a grievance, an emergency), not for a department. The groups are derived from what
 * every service already carries, its category and keywords, so OPDs need not tag anything new.
 */
export type LifeEventId = 'kependudukan' | 'kesehatan' | 'pajak' | 'pengaduan' | 'darurat';

interface LifeEvent {
  id: LifeEventId;
  /** Categories whose services all belong to the group. */
  categories: readonly string[];
  /** Keyword stems (normalized); a service whose keyword starts with one belongs too. */
  keywords: readonly string[];
}

export const LIFE_EVENTS: readonly LifeEvent[] = [
  { id: 'kependudukan', categories: ['kependudukan'], keywords: ['ktp', 'akta', 'kelahiran', 'kartu keluarga', 'domisili', 'dukcapil', 'kependudukan', 'pindah'] },
  { id: 'kesehatan', categories: ['kesehatan'], keywords: ['kesehatan', 'posyandu', 'puskesmas', 'rumah sakit', 'imunisasi', 'ambulans', 'gizi', 'stunting', 'medis'] },
  { id: 'pajak', categories: ['pajak'], keywords: ['pajak', 'pbb', 'retribusi', 'bphtb', 'tagihan'] },
  { id: 'pengaduan', categories: ['pengaduan'], keywords: ['pengaduan', 'aspirasi', 'keluhan', 'lapor'] },
  { id: 'darurat', categories: ['darurat'], keywords: ['darurat', 'gawat darurat', '112', '119', 'kebakaran', 'bencana'] },
];

export function isLifeEventId(value: string | null): value is LifeEventId {
  return LIFE_EVENTS.some((event) => event.id === value);
}

/** Whether a service helps with a life event (by its category, or one of its keywords). */
export function belongsTo(entry: CatalogueEntry, event: LifeEvent): boolean {
  if (event.categories.includes(entry.category.slug)) return true;
  const keywords = entry.keywords.map(normalize);
  return event.keywords.some((stem) => keywords.some((keyword) => keyword === stem || keyword.startsWith(`${stem} `)));
}

/** The services of each life event, in the catalogue's order; a service may help with several. */
export function groupByLifeEvent(entries: readonly CatalogueEntry[]): Map<LifeEventId, CatalogueEntry[]> {
  const groups = new Map<LifeEventId, CatalogueEntry[]>(LIFE_EVENTS.map((event) => [event.id, []]));
  for (const entry of entries) {
    for (const event of LIFE_EVENTS) {
      if (belongsTo(entry, event)) groups.get(event.id)?.push(entry);
    }
  }
  return groups;
}
