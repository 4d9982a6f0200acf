import type { OpenAPIHono } from '@hono/zod-openapi';
import { catalogueListSchema, serviceDetailSchema } from '@palapa/sdk';
import type { AppEnv } from '../http/app-env';
import { pickErrors } from '../http/error-responses';
import { catalogueQuerySchema, slugParamSchema } from './catalogue';

/**
 * The catalogue routes answer from a cache of serialized bodies, so they are plain Hono handlers;
 * they are described here with the very schemas that validate their input and shape their output.
 */
export function describeCatalogueRoutes(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/catalogue',
    tags: ['catalogue'],
    summary: 'Enabled services, with what the shell needs to render and mount them (ETag, 304)',
    request: { query: catalogueQuerySchema },
    responses: {
      200: { description: 'The catalogue', content: { 'application/json': { schema: catalogueListSchema } } },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      ...pickErrors(400),
    },
  });
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/catalogue/{slug}',
    tags: ['catalogue'],
    summary: 'One enabled service with its standar pelayanan',
    request: { params: slugParamSchema },
    responses: {
      200: { description: 'The service', content: { 'application/json': { schema: serviceDetailSchema } } },
      304: { description: 'Not modified' },
      ...pickErrors(404),
    },
  });
}
