/**
 * Whether a database error is a unique-constraint violation (SQLSTATE 23505), on either driver,
 * however drizzle wraps it. A check-then-insert can lose a race; the constraint then has the last
 * word and the caller maps this to a ConflictError rather than a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current === 'object' && (current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
