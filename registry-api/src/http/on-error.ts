import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, ERROR_CODES, RateLimitedError } from '../domain/errors';

/** The one place where errors become HTTP: `{ error: { code, message, details? } }`. */
export function onError(error: Error, c: Context) {
  if (error instanceof DomainError) {
    const body = { error: { code: error.code, message: error.message, details: error.details } };
    const headers: Record<string, string> = error instanceof RateLimitedError ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    return c.json(body, ERROR_CODES[error.code], headers);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json({ error: { code: codeForStatus(status), message: error.message || 'Request refused.' } }, status);
  }
  console.error(`[registry-api] ${c.req.method} ${c.req.path}:`, error);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } }, 500);
}

export function notFoundJson(c: Context) {
  return c.json({ error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}.` } }, 404);
}

function codeForStatus(status: number): string {
  const known = Object.entries(ERROR_CODES).find(([, code]) => code === status);
  return known ? known[0] : status >= 500 ? 'internal' : 'bad_request';
}
