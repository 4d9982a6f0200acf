/**
 * Survei Kepuasan Masyarakat (SKM), Permenpan RB 14/2017: nine elements, each scored 1–4 by the
 * citizen. The index (IKM) is the mean of the nine element means, times 25, so it runs 25–100;
 * its grade (mutu pelayanan) follows the regulation's bands.
 */
export const SKM_ELEMENTS = [
  { key: 'persyaratan', label: { id: 'Persyaratan', en: 'Requirements' } },
  { key: 'prosedur', label: { id: 'Sistem, mekanisme, dan prosedur', en: 'Procedure' } },
  { key: 'waktu', label: { id: 'Waktu penyelesaian', en: 'Time to complete' } },
  { key: 'biaya', label: { id: 'Biaya/tarif', en: 'Fee' } },
  { key: 'produk', label: { id: 'Produk spesifikasi jenis pelayanan', en: 'Product of the service' } },
  { key: 'kompetensi', label: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { key: 'perilaku', label: { id: 'Perilaku pelaksana', en: 'Staff conduct' } },
  { key: 'pengaduan', label: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Handling of complaints and suggestions' } },
  { key: 'sarana', label: { id: 'Sarana dan prasarana', en: 'Facilities' } },
] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number]['key'];

/** A citizen's scores, 1 (tidak baik) to 4 (sangat baik), one per element. */
export type SkmScores = Record<SkmElement, number>;

export const SKM_SCORE_LABELS = [
  { id: 'Tidak baik', en: 'Poor' },
  { id: 'Kurang baik', en: 'Fair' },
  { id: 'Baik', en: 'Good' },
  { id: 'Sangat baik', en: 'Very good' },
] as const;

/** True when `value` holds exactly the nine elements, each an integer 1–4. */
export function isSkmScores(value: unknown): value is SkmScores {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length !== SKM_ELEMENTS.length) return false;
  return SKM_ELEMENTS.every(({ key }) => Number.isInteger(record[key]) && (record[key] as number) >= 1 && (record[key] as number) <= 4);
}

export type SkmGrade = 'A' | 'B' | 'C' | 'D';

export interface SkmIndex {
  responses: number;
  /** The mean score of each element, 1–4. */
  elements: Record<SkmElement, number>;
  /** IKM, 25–100, two decimals. */
  index: number;
  grade: SkmGrade;
}

/** The service's index from its responses, or null before the first response. */
export function skmIndex(responses: readonly SkmScores[]): SkmIndex | null {
  if (responses.length === 0) return null;
  const elements = {} as Record<SkmElement, number>;
  let sum = 0;
  for (const { key } of SKM_ELEMENTS) {
    const mean = responses.reduce((total, scores) => total + scores[key], 0) / responses.length;
    elements[key] = mean;
    sum += mean;
  }
  const index = Math.round((sum / SKM_ELEMENTS.length) * 25 * 100) / 100;
  return { responses: responses.length, elements, index, grade: skmGrade(index) };
}

/** The grade of an index: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, D below. */
export function skmGrade(index: number): SkmGrade {
  if (index >= 88.31) return 'A';
  if (index >= 76.61) return 'B';
  if (index >= 65) return 'C';
  return 'D';
}
