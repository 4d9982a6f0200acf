import { fieldErrorMessage, type FieldError } from '@palapa/sdk/forms';
import { DomainError } from '../errors';

/** The 400 for answers that fail the checks: each field's code, limit and Indonesian sentence. */
export function invalidAnswers(errors: Record<string, FieldError>): DomainError {
  const fields = Object.fromEntries(
    Object.entries(errors).map(([key, error]) => [key, { ...error, message: fieldErrorMessage(error, 'id') }]),
  );
  const count = Object.keys(fields).length;
  return new DomainError('invalid_answers', `${count} isian perlu diperbaiki (${count} answer(s) need fixing): ${Object.keys(fields).join(', ')}.`, { fields });
}
