import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatBytes } from '../domain/versions/bundle-limits';
import { DomainError } from '../domain/errors';
import type { AppEnv } from './app-env';

/** Refuses a body over `maxBytes` with our 413 JSON, counting as it reads (a missing Content-Length is no way round it). */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new DomainError('payload_too_large', `The request body is larger than ${formatBytes(maxBytes)}.`);
    },
  });
}

