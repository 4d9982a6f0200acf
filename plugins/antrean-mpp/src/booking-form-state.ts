/** What the booking form holds, and which field is wrong, checked before anything is sent. */
import { parseName, parsePhone } from './contact';
import type { BookingRequest } from './queue-api';
import { nameProblemKey, phoneProblemKey, type StringKey } from './strings';

export interface BookingDraft {
  counter: string;
  date: string;
  time: string;
  name: string;
  phone: string;
}

export type BookingField = keyof BookingDraft;
export type FieldErrors = Partial<Record<BookingField, StringKey>>;

export const FIELD_ORDER: readonly BookingField[] = ['counter', 'date', 'time', 'name', 'phone'];

export function checkDraft(draft: BookingDraft): { ok: true; request: BookingRequest } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.counter) errors.counter = 'counter.empty';
  if (!draft.date) errors.date = 'date.empty';
  if (!draft.time) errors.time = 'slot.empty';
  const name = parseName(draft.name);
  if (!name.ok) errors.name = nameProblemKey(name.problem);
  const phone = parsePhone(draft.phone);
  if (!phone.ok) errors.phone = phoneProblemKey(phone.problem);
  if (!name.ok || !phone.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { counter: draft.counter, date: draft.date, time: draft.time, name: name.name, phone: draft.phone.trim() } };
}

/** The back end's field names and problems (its 400 details) as this form's messages. */
export function serverFieldErrors(fields: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.name) errors.name = nameProblemKey(fields.name as Parameters<typeof nameProblemKey>[0]);
  if (fields.phone) errors.phone = phoneProblemKey(fields.phone as Parameters<typeof phoneProblemKey>[0]);
  if (fields.counter) errors.counter = 'counter.empty';
  if (fields.date) errors.date = 'date.empty';
  if (fields.time) errors.time = 'slot.empty';
  return errors;
}
