import { isFieldVisible, pick, type FormDefinition, type FormValues, type Locale, type RequestStatus } from '@palapa/sdk';
import type { StoredFile } from './console-requests-types';

/**
 * How the inbox reads a request: each answer said with the labels of the definition version it was
 * filed under (not today's form), and whether it is past its due date. Pure, so it is unit-tested.
 */
export interface AnswerRow {
  key: string;
  section: string;
  label: string;
  /** The answer as text; null when the field was shown but left blank. */
  text: string | null;
  /** For a file field: the stored file, to offer for download. */
  file?: StoredFile;
  /** For a location: a map link. */
  mapUrl?: string;
}

const FINAL: readonly RequestStatus[] = ['selesai', 'ditolak'];

/** Today's date (`YYYY-MM-DD`) in Asia/Jakarta, where due dates are counted. */
export function todayInJakarta(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A request still open after its due date. */
export function isOverdue(dueDate: string, status: RequestStatus, today: string): boolean {
  return !FINAL.includes(status) && dueDate < today;
}

/** A `YYYY-MM-DD` date as people read it, e.g. "12 Mei 2026". */
export function formatDate(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function answerRows(definition: FormDefinition, values: Record<string, unknown>, files: readonly StoredFile[], locale: Locale): AnswerRow[] {
  return definition.sections.flatMap((section) =>
    section.fields
      .filter((field) => isFieldVisible(field, values as FormValues))
      .map((field): AnswerRow => {
        const raw = values[field.key];
        const row: AnswerRow = { key: field.key, section: pick(section.title, locale), label: pick(field.label, locale), text: null };
        if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) return row;
        const optionLabel = (value: string) => {
          const option = field.options?.find((candidate) => candidate.value === value);
          return option ? pick(option.label, locale) : value;
        };
        switch (field.type) {
          case 'choice':
            return { ...row, text: optionLabel(String(raw)) };
          case 'multiChoice':
            return { ...row, text: (Array.isArray(raw) ? raw : [raw]).map((value) => optionLabel(String(value))).join(', ') };
          case 'date':
            return { ...row, text: formatDate(String(raw), locale) };
          case 'address': {
            const { street, kelurahan, kecamatan } = raw as Record<string, unknown>;
            return { ...row, text: [street, kelurahan, kecamatan].filter((part) => typeof part === 'string' && part).join(', ') };
          }
          case 'location': {
            const { lat, lng } = raw as Record<string, unknown>;
            if (typeof lat !== 'number' || typeof lng !== 'number') return { ...row, text: JSON.stringify(raw) };
            return { ...row, text: `${lat.toFixed(6)}, ${lng.toFixed(6)}`, mapUrl: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}` };
          }
          case 'file': {
            const file = files.find((candidate) => candidate.id === raw);
            return file ? { ...row, text: file.name, file } : { ...row, text: String(raw) };
          }
          default:
            return { ...row, text: typeof raw === 'object' ? JSON.stringify(raw) : String(raw) };
        }
      }),
  );
}
