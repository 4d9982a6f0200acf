import { OpenAPIHono } from '@hono/zod-openapi';
import { InputError } from '../domain/errors';
import { findUnstorableText } from '../domain/storable-text';
import type { AppEnv } from './app-env';

/**
 * A router whose routes are declared with zod schemas: the same schemas validate requests and
 * generate the OpenAPI document. A validation failure becomes our 400 JSON error naming the field.
 */
export function createApiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw InputError.fromZod(result.error);
      // One net for every route: text PostgreSQL refuses (NUL, broken unicode) is a 400 here,
      // not a 500 from the database after a schema let it through.
      const path = findUnstorableText(result.data);
      if (path) {
        const field = path.map(String).join('.') || '(body)';
        const message = 'must not contain NUL characters or broken unicode';
        throw new InputError(`Invalid input — ${field}: ${message}.`, [{ field, message }]);
      }
    },
  });
}

/** The error body every route can return. */
export { errorResponses } from './error-responses';
