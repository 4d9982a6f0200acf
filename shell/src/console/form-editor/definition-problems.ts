import { formDefinitionSchema, type FormDefinition } from '@palapa/sdk';
import type { EditorDraft, Locale } from './editor-state';
import { toDefinition } from './editor-state';

/**
 * The editor checks the draft with the SDK's own schema (the one the registry applies when it is
 * published), so what passes here is what the registry accepts. zod's messages are English
 * sentences meant for developers; the ones an OPD team meets are said again in plain Indonesian
 * and English here, and any other is shown as zod wrote it.
 */
export type Problems = ReadonlyMap<string, string[]>;

export type DraftCheck = { ok: true; definition: FormDefinition; problems: Problems } | { ok: false; problems: Problems };

/** Where a problem sits: the zod path joined with dots, e.g. `sections.0.fields.2.label.id`. */
export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function checkDraft(draft: EditorDraft, locale: Locale): DraftCheck {
  const problems = new Map<string, string[]>();
  const add = (path: string, message: string) => problems.set(path, [...(problems.get(path) ?? []), message]);
  if (!Number.isInteger(draft.processingDays) || draft.processingDays < 1 || draft.processingDays > 365) {
    add('processingDays', PLAIN.processingDays[locale]);
  }
  const result = formDefinitionSchema.safeParse(toDefinition(draft));
  if (!result.success) {
    for (const issue of result.error.issues) add(pathKey(issue.path), issueMessage(issue, locale));
  }
  if (result.success && problems.size === 0) return { ok: true, definition: result.data, problems };
  return { ok: false, problems };
}

/** The problems at exactly `path`. */
export function problemsAt(problems: Problems, path: string): string[] {
  return problems.get(path) ?? [];
}

/** The problems inside `prefix` that no input below it shows (`shown` lists the paths that are shown). */
export function otherProblems(problems: Problems, prefix: string, shown: readonly string[]): string[] {
  const claimed = new Set(shown.map((path) => `${prefix}.${path}`));
  return [...problems].flatMap(([path, messages]) => (path === prefix || (path.startsWith(`${prefix}.`) && !claimed.has(path)) ? messages : []));
}

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const PLAIN = {
  processingDays: { id: 'Lama proses harus 1 sampai 365 hari kerja.', en: 'Processing time must be 1 to 365 working days.' },
  key: {
    id: 'Kunci: huruf kecil, angka dan garis bawah, diawali huruf, paling banyak 40 karakter (mis. nama_lengkap).',
    en: 'Key: lowercase letters, digits and underscores, starting with a letter, at most 40 characters (e.g. nama_lengkap).',
  },
  optionValue: {
    id: 'Nilai pilihan: huruf kecil, angka dan garis bawah, diawali huruf (mis. rusak_berat).',
    en: 'Option value: lowercase letters, digits and underscores, starting with a letter (e.g. rusak_berat).',
  },
  required: { id: 'Wajib diisi.', en: 'Required.' },
  tooFew: { id: 'Tambahkan paling sedikit {n}.', en: 'Add at least {n}.' },
  tooMany: { id: 'Paling banyak {n}.', en: 'At most {n}.' },
  tooSmall: { id: 'Paling kecil {n}.', en: 'At least {n}.' },
  tooBig: { id: 'Paling besar {n}.', en: 'At most {n}.' },
  number: { id: 'Isi dengan bilangan bulat.', en: 'Enter a whole number.' },
  accept: { id: 'Jenis berkas ditulis sebagai tipe MIME, mis. application/pdf atau image/jpeg.', en: 'File types are MIME types, e.g. application/pdf or image/jpeg.' },
} as const;

/** The schema's own (English) custom messages an OPD team can meet, said plainly in both languages. */
const CUSTOM: { pattern: RegExp; id: string; en: string }[] = [
  { pattern: /needs options/, id: 'Pilihan ganda perlu paling sedikit satu pilihan.', en: 'A choice field needs at least one option.' },
  { pattern: /option values must be unique/, id: 'Nilai pilihan tidak boleh sama.', en: 'Option values must differ.' },
  { pattern: /a file field needs/, id: 'Isian berkas perlu jenis berkas dan ukuran maksimum.', en: 'A file field needs file types and a size limit.' },
  { pattern: /"max" must not be less than "min"/, id: 'Nilai maksimum tidak boleh lebih kecil dari minimum.', en: 'The maximum must not be below the minimum.' },
  { pattern: /section key "(.*)" is used twice/, id: 'Kunci bagian "$1" dipakai dua kali.', en: 'The section key "$1" is used twice.' },
  { pattern: /field key "(.*)" is used twice/, id: 'Kunci isian "$1" dipakai dua kali; jawaban disimpan menurut kunci.', en: 'The field key "$1" is used twice; answers are stored by key.' },
  {
    pattern: /visibleWhen\.field must be the key of an earlier/,
    id: 'Syarat tampil harus merujuk isian pilihan yang letaknya lebih atas.',
    en: 'The condition must refer to a choice field placed above this one.',
  },
  { pattern: /"(.*)" is not an option of "(.*)"/, id: '"$1" bukan pilihan dari "$2".', en: '"$1" is not an option of "$2".' },
  { pattern: /at most 200 fields/, id: 'Satu formulir paling banyak 200 isian.', en: 'A form has at most 200 fields.' },
];

export function issueMessage(issue: IssueLike, locale: Locale): string {
  const last = issue.path.at(-1);
  const fill = (template: { id: string; en: string }, n: number | bigint | undefined) => template[locale].replace('{n}', String(n ?? ''));
  switch (issue.code) {
    case 'invalid_format':
      if (last === 'value') return PLAIN.optionValue[locale];
      if (issue.path.at(-2) === 'accept') return PLAIN.accept[locale];
      return PLAIN.key[locale];
    case 'too_small':
      if (issue.origin === 'string') return PLAIN.required[locale];
      return fill(issue.origin === 'array' ? PLAIN.tooFew : PLAIN.tooSmall, issue.minimum);
    case 'too_big':
      return fill(issue.origin === 'array' ? PLAIN.tooMany : PLAIN.tooBig, issue.maximum);
    case 'invalid_type':
      return last === 'key' ? PLAIN.key[locale] : PLAIN.number[locale];
    case 'custom': {
      const known = CUSTOM.find((entry) => entry.pattern.test(issue.message));
      return known ? issue.message.replace(new RegExp(`^.*${known.pattern.source}.*$`), known[locale]) : issue.message;
    }
    default:
      return issue.message;
  }
}
