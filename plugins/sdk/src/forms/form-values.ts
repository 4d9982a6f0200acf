import { isCityAddress } from './city-regions';
import type { FormDefinition, FormField, FormValues } from './form-types';
import { nikProblem } from './nik';

/**
 * The checks a citizen's answers go through, shared by the shell (as they type) and the registry
 * (when the submission arrives: the registry never trusts the shell). Written without zod so the
 * citizen's page stays small; every check is a few lines of plain TypeScript.
 */

export type FieldErrorCode =
  | 'required'
  | 'tooLong'
  | 'notNumber'
  | 'tooSmall'
  | 'tooBig'
  | 'badDate'
  | 'badOption'
  | 'badPhone'
  | 'badEmail'
  | 'nikFormat'
  | 'nikRegion'
  | 'nikBirthDate'
  | 'nikSerial'
  | 'badAddress'
  | 'badLocation'
  | 'badFile'
  | 'unknownField';

export interface FieldError {
  code: FieldErrorCode;
  /** For tooLong, tooSmall, tooBig: the limit. */
  limit?: number;
}

export interface FormCheck {
  /** Errors by field key; empty when the answers can be submitted. */
  errors: Record<string, FieldError>;
  /** The answers to keep: visible fields only, blanks dropped, strings trimmed. */
  values: FormValues;
}

/** The longest text a field without its own `maxLength` accepts. */
export const DEFAULT_MAX_LENGTH = { text: 200, longText: 5000 } as const;

// Indonesian numbers: +62, 62 or 0, then an area code or mobile prefix and 7–12 more digits.
const PHONE = /^(?:\+62|62|0)[2-9]\d{7,12}$/;
// Deliberately simple: the OPD confirms an address by writing to it; this catches typing slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The upload id the registry returns (a UUID).
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every field of the definition, in order. */
export function formFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** True when `field` is shown for these answers (its condition's field answered one of `anyOf`). */
export function isFieldVisible(field: FormField, values: FormValues): boolean {
  const condition = field.visibleWhen;
  if (!condition) return true;
  const answer = values[condition.field];
  if (typeof answer === 'string') return condition.anyOf.includes(answer);
  if (Array.isArray(answer)) return answer.some((value) => condition.anyOf.includes(value));
  return false;
}

/** Checks all answers against the definition. Hidden fields' answers are dropped, not refused. */
export function checkFormValues(definition: FormDefinition, input: Record<string, unknown>): FormCheck {
  const errors: Record<string, FieldError> = {};
  const values: FormValues = {};
  const fields = formFields(definition);
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors[key] = { code: 'unknownField' };
  }
  // Fields are checked in order, so a condition sees its (earlier) source field's kept answer.
  for (const field of fields) {
    if (!isFieldVisible(field, values)) continue;
    const outcome = checkField(field, input[field.key]);
    if ('error' in outcome) errors[field.key] = outcome.error;
    else if (outcome.value !== undefined) values[field.key] = outcome.value;
  }
  return { errors, values };
}

type FieldOutcome = { value: FormValues[string] | undefined } | { error: FieldError };

/** Checks one answer; a blank answer is an error only for a required field. */
export function checkField(field: FormField, raw: unknown): FieldOutcome {
  if (isBlank(raw)) return field.required ? { error: { code: 'required' } } : { value: undefined };
  switch (field.type) {
    case 'text':
    case 'longText': {
      if (typeof raw !== 'string') return { error: { code: 'required' } };
      const limit = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      const text = raw.trim();
      return text.length > limit ? { error: { code: 'tooLong', limit } } : { value: text };
    }
    case 'number': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(number)) return { error: { code: 'notNumber' } };
      if (field.min !== undefined && number < field.min) return { error: { code: 'tooSmall', limit: field.min } };
      if (field.max !== undefined && number > field.max) return { error: { code: 'tooBig', limit: field.max } };
      return { value: number };
    }
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw.trim()) ? { value: raw.trim() } : { error: { code: 'badDate' } };
    case 'choice':
      return typeof raw === 'string' && field.options?.some((option) => option.value === raw) ? { value: raw } : { error: { code: 'badOption' } };
    case 'multiChoice': {
      if (!Array.isArray(raw) || !raw.every((value) => typeof value === 'string' && field.options?.some((option) => option.value === value))) {
        return { error: { code: 'badOption' } };
      }
      return { value: [...new Set(raw as string[])] };
    }
    case 'phone': {
      const phone = typeof raw === 'string' ? raw.replace(/[\s()-]/g, '') : '';
      return PHONE.test(phone) ? { value: phone } : { error: { code: 'badPhone' } };
    }
    case 'email': {
      const email = typeof raw === 'string' ? raw.trim() : '';
      return email.length <= 254 && EMAIL.test(email) ? { value: email } : { error: { code: 'badEmail' } };
    }
    case 'nik': {
      const nik = typeof raw === 'string' ? raw.replace(/\s+/g, '') : '';
      const problem = nikProblem(nik);
      if (problem === null) return { value: nik };
      const code = ({ format: 'nikFormat', region: 'nikRegion', birthDate: 'nikBirthDate', serial: 'nikSerial' } as const)[problem];
      return { error: { code } };
    }
    case 'address': {
      const address = raw as Record<string, unknown>;
      const street = typeof address.street === 'string' ? address.street.trim() : '';
      if (
        typeof address.kecamatan !== 'string' ||
        typeof address.kelurahan !== 'string' ||
        !isCityAddress(address.kecamatan, address.kelurahan) ||
        street.length === 0 ||
        street.length > 300
      ) {
        return { error: { code: 'badAddress' } };
      }
      return { value: { kecamatan: address.kecamatan, kelurahan: address.kelurahan, street } };
    }
    case 'location': {
      const location = raw as Record<string, unknown>;
      const { lat, lng } = location;
      // Indonesia's bounding box: a point outside it is a slip, not a place in the city.
      if (typeof lat !== 'number' || typeof lng !== 'number' || !(lat >= -11.5 && lat <= 6.5) || !(lng >= 94.5 && lng <= 141.5)) {
        return { error: { code: 'badLocation' } };
      }
      return { value: { lat, lng } };
    }
    case 'file':
      return typeof raw === 'string' && UPLOAD_ID.test(raw) ? { value: raw } : { error: { code: 'badFile' } };
  }
}

function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object') {
    // An address or location nobody started filling in.
    return Object.values(raw as Record<string, unknown>).every((value) => value === undefined || value === null || value === '');
  }
  return false;
}

function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
