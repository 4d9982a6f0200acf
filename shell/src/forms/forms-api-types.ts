import type { LocalizedText } from '@palapa/sdk';
import type {
  FieldError,
  FiledRequest,
  FormDefinition,
  PublicForm,
  RequestFile,
  RequestStatus,
  RequestStatusItem,
  RequestSummary,
  RequestView,
} from '@palapa/sdk/forms';
import { fieldErrorMessage, REQUEST_STATUSES } from '@palapa/sdk/forms';
import type { BodyValidator } from '../services/api-client';
import { isRecord } from './json-storage';

/**
 * The shapes of the forms API (the contract in the issue #6 brief; the types are the SDK's, one set
 * for the registry, the shell and the console) and hand-written checks for the answers the shell
 * reads: the citizen's pages must not download zod, and nothing from the network is used unchecked.
 * The checks look at what the pages rely on; the registry is the source of truth.
 */
export type { FiledRequest, RequestSummary, RequestView };
export type FormResponse = PublicForm;
export type FileInfo = RequestFile;
export type StatusItem = RequestStatusItem;

/** The registry's 400 `invalid_answers` details: field errors by key. */
export type ServerFieldErrors = Record<string, FieldError>;

const isString = (value: unknown): value is string => typeof value === 'string';
const isStatus = (value: unknown): value is RequestStatus => REQUEST_STATUSES.includes(value as RequestStatus);
const isText = (value: unknown): value is LocalizedText => isRecord(value) && isString(value.id);
const isService = (value: unknown) => isRecord(value) && isString(value.slug) && isText(value.name);
const isFile = (value: unknown): value is FileInfo => isRecord(value) && isString(value.id) && isString(value.name) && isString(value.type) && typeof value.size === 'number';

export function isDefinition(value: unknown): value is FormDefinition {
  return (
    isRecord(value) &&
    value.spec === 1 &&
    Array.isArray(value.sections) &&
    value.sections.every((section) => isRecord(section) && isText(section.title) && Array.isArray(section.fields) && section.fields.every((f) => isRecord(f) && isString(f.key) && isString(f.type) && isText(f.label)))
  );
}

export function isFiledRequest(value: unknown): value is FiledRequest {
  return (
    isRecord(value) &&
    isString(value.trackingCode) &&
    isString(value.verifier) &&
    isStatus(value.status) &&
    isString(value.dueDate) &&
    isString(value.createdAt) &&
    isService(value.service)
  );
}

function isSummary(value: unknown): value is RequestSummary {
  return isRecord(value) && isString(value.trackingCode) && isStatus(value.status) && isString(value.dueDate) && isString(value.createdAt) && isService(value.service);
}

function isRequestView(value: unknown): value is RequestView {
  if (!isSummary(value)) return false;
  const view = value as unknown as Record<string, unknown>;
  return (
    isDefinition(view.definition) &&
    isRecord(view.values) &&
    Array.isArray(view.files) &&
    view.files.every(isFile) &&
    Array.isArray(view.timeline) &&
    view.timeline.every((step: unknown) => isRecord(step) && isStatus(step.status) && isString(step.at) && Array.isArray(step.attachments) && step.attachments.every(isFile)) &&
    typeof view.canRate === 'boolean'
  );
}

/** A BodyValidator (what `getJson` takes) from a type guard. */
function validator<T>(guard: (value: unknown) => value is T, what: string): BodyValidator<T> {
  return { safeParse: (body) => (guard(body) ? { success: true, data: body } : { success: false, error: { message: `not a ${what}` } }) };
}

export const formResponseCheck = validator(
  (value): value is FormResponse => isRecord(value) && isString(value.slug) && Number.isInteger(value.version) && isDefinition(value.definition),
  'form',
);
export const requestViewCheck = validator(isRequestView, 'request');
export const myRequestsCheck = validator(
  (value): value is { items: RequestSummary[] } => isRecord(value) && Array.isArray(value.items) && value.items.every(isSummary),
  'request list',
);
export const statusesCheck = validator(
  (value): value is { items: StatusItem[] } =>
    isRecord(value) && Array.isArray(value.items) && value.items.every((item) => isRecord(item) && isString(item.trackingCode) && isStatus(item.status) && isString(item.updatedAt)),
  'status list',
);
export const uploadedCheck = validator(isFile, 'file');

/** The field errors of a 400 `invalid_answers` body, or null. */
export function serverFieldErrors(body: unknown): ServerFieldErrors | null {
  if (!isRecord(body) || !isRecord(body.error) || body.error.code !== 'invalid_answers' || !isRecord(body.error.details)) return null;
  const fields = body.error.details.fields;
  if (!isRecord(fields)) return null;
  const errors: ServerFieldErrors = {};
  for (const [key, error] of Object.entries(fields)) {
    if (!isRecord(error) || !isString(error.code)) continue;
    const fieldError: FieldError = { code: error.code as FieldError['code'], ...(typeof error.limit === 'number' ? { limit: error.limit } : {}) };
    // A code this shell does not know (a newer registry) still reads as a problem, in plain words.
    errors[key] = isKnownCode(fieldError) ? fieldError : { code: 'unknownField' };
  }
  return errors;
}

function isKnownCode(error: FieldError): boolean {
  try {
    return typeof fieldErrorMessage(error, 'id') === 'string';
  } catch {
    return false;
  }
}
