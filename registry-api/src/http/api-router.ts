import { OpenAPIHono } from '@hono/zod-openapi';
import { InputError } from '../domain/errors';
import type { AppEnv } from './app-env';

/**
 * A router whose routes are declared with zod schemas: the same schemas validate requests and
 * generate the OpenAPI document. A validation failure becomes our 400 JSON error naming the field.
 */
export function createApiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw InputError.fromZod(result.error);
    },
  });
}

/** The error body every route can return. */
export { errorResponses } from './error-responses';
