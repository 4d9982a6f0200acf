import type { LocalizedText } from '../localized';

/**
 * The shapes of a low-code form, written out by hand so the shell's form page can use them without
 * zod (the schema in `form-definition.ts` is checked to parse exactly these types).
 */

/** The version of the form-definition contract; a renderer dispatches on it. */
export const FORM_SPEC = 1;

export const FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'date',
  'choice',
  'multiChoice',
  'phone',
  'email',
  'nik',
  'address',
  'location',
  'file',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: LocalizedText;
}

/** Show a field only when an earlier choice field's answer is (or includes) one of `anyOf`. */
export interface FieldCondition {
  field: string;
  anyOf: string[];
}

export interface FormField {
  key: string;
  type: FieldType;
  label: LocalizedText;
  help?: LocalizedText | undefined;
  required: boolean;
  visibleWhen?: FieldCondition | undefined;
  options?: FieldOption[] | undefined;
  maxLength?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  accept?: string[] | undefined;
  maxSizeKb?: number | undefined;
}

export interface FormSection {
  key: string;
  title: LocalizedText;
  description?: LocalizedText | undefined;
  fields: FormField[];
}

export interface FormDefinition {
  spec: typeof FORM_SPEC;
  sections: FormSection[];
}

/** An address in the city: kecamatan and kelurahan from `CITY_REGIONS`, and the street. */
export interface AddressValue {
  kecamatan: string;
  kelurahan: string;
  street: string;
}

export interface LocationValue {
  lat: number;
  lng: number;
}

/**
 * One answer. text, longText, phone, email, nik, date (`YYYY-MM-DD`), choice (the option value)
 * and file (the upload id the registry returned) are strings; number a number; multiChoice a list
 * of option values.
 */
export type FieldValue = string | number | string[] | AddressValue | LocationValue;

/** A citizen's answers by field key. */
export type FormValues = Record<string, FieldValue>;
