import { createRoute } from '@hono/zod-openapi';
import type { RouteDependencies } from '../app';
import { listDefinitions, publishDefinition } from '../domain/forms/publish-definition';
import { publishDefinitionSchema } from '../domain/forms/forms-input';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { definitionHistorySchema, publishedDefinitionSchema } from './forms-schemas';
import { json, MAX_JSON_BODY_BYTES, slugParams } from './staff-schemas';

const tags = ['forms'];

const publishRoute = createRoute({
  method: 'put',
  path: '/{slug}/form',
  tags,
  summary: "Publish the next version of a form service's definition (its OPD's publishers, admins); live at once",
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: slugParams, body: { content: { 'application/json': { schema: publishDefinitionSchema } }, required: true } },
  responses: { 201: json(publishedDefinitionSchema, 'Published'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const historyRoute = createRoute({
  method: 'get',
  path: '/{slug}/form',
  tags,
  summary: "A form service's current definition and every version, with how many requests each has",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams },
  responses: { 200: json(definitionHistorySchema, 'Definitions'), ...pickErrors(400, 401, 403, 404, 409) },
});

/** /api/v1/services/{slug}/form: the staff side of a form service's definition. */
export function formDefinitionRoutes(deps: RouteDependencies) {
  const app = createApiRouter();
  app.openapi(publishRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, body: c.req.valid('json') };
    return c.json(await publishDefinition(domainContext(c, deps.db), input), 201);
  });
  app.openapi(historyRoute, async (c) => c.json(await listDefinitions(domainContext(c, deps.db), c.req.valid('param')), 200));
  return app;
}
