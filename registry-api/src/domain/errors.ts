/**
 * Domain errors know nothing of HTTP: one place (http/on-error.ts) maps their codes to statuses.
 * Codes are stable; clients and the shell switch on them.
 */
export const ERROR_CODES = {
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  // Low-code forms and citizen accounts (issue 6): the shell and the console switch on these.
  invalid_answers: 400,
  not_a_form_service: 409,
  idempotency_key_reused: 409,
  status_changed: 409,
  invalid_transition: 409,
  not_completed: 409,
  already_rated: 409,
  email_taken: 409,
  too_large: 413,
  unsupported_type: 415,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class InputError extends DomainError {
  constructor(message: string, details?: unknown) {
    super('invalid_input', message, details);
  }

  /** One sentence naming each bad field, with the issues as details. */
  static fromZod(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): InputError {
    const problems = error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message }));
    const sentence = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new InputError(`Invalid input — ${sentence}.`, problems);
  }
}

/** Too many tries: the answer carries a Retry-After of the seconds to wait (set by onError). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message, { retryAfterSeconds });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}
