import { pick, type Locale } from '@palapa/sdk';
import { formFields, isFieldVisible, type FormDefinition, type FormField, type FormValues } from '@palapa/sdk/forms';
import type { FileInfo } from './forms-api-types';

/**
 * A filed request's answers as the citizen reads them, labelled by the request's own definition
 * version (a later version may have renamed or dropped a question).
 */
export interface AnswerLine {
  key: string;
  label: string;
  text: string;
  /** For a file answer: the file, to offer a download. */
  file?: FileInfo;
}

export function answerLines(definition: FormDefinition, values: Record<string, unknown>, files: readonly FileInfo[], locale: Locale): AnswerLine[] {
  return formFields(definition)
    .filter((field) => isFieldVisible(field, values as FormValues) && values[field.key] !== undefined && values[field.key] !== null)
    .map((field) => {
      const value = values[field.key];
      const file = field.type === 'file' ? files.find((candidate) => candidate.id === value) : undefined;
      return { key: field.key, label: pick(field.label, locale), text: file ? file.name : answerText(field, value, locale), ...(file ? { file } : {}) };
    });
}

function optionLabel(field: FormField, value: unknown, locale: Locale): string {
  const option = field.options?.find((candidate) => candidate.value === value);
  return option ? pick(option.label, locale) : String(value);
}

function answerText(field: FormField, value: unknown, locale: Locale): string {
  switch (field.type) {
    case 'choice':
      return optionLabel(field, value, locale);
    case 'multiChoice':
      return Array.isArray(value) ? value.map((item) => optionLabel(field, item, locale)).join(', ') : String(value);
    case 'address': {
      const address = value as { kecamatan?: string; kelurahan?: string; street?: string };
      return [address.street, address.kelurahan && `Kel. ${address.kelurahan}`, address.kecamatan && `Kec. ${address.kecamatan}`].filter(Boolean).join(', ');
    }
    case 'location': {
      const location = value as { lat?: number; lng?: number };
      return `${location.lat}, ${location.lng}`;
    }
    case 'date': {
      const date = new Date(`${String(value)}T00:00:00`);
      return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
