import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDependencies } from '../app';
import { createService } from '../domain/services/create-service';
import { getStaffService, listStaffServices, staffServiceQuerySchema } from '../domain/services/list-services';
import { linkEmbedBodySchema } from '../domain/services/link-embed-input';
import { newServiceSchema, reasonSchema, serviceChangesSchema } from '../domain/services/service-input';
import { setLinkEmbed } from '../domain/services/set-link-embed';
import { disableService, enableService } from '../domain/services/switch-service';
import { updateService } from '../domain/services/update-service';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { json, MAX_JSON_BODY_BYTES, slugParams, staffServiceSchema } from './staff-schemas';

const tags = ['services'];
const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "Services as staff see them: a publisher its OPD's, an admin all (disabled ones included)",
  middleware: [requireRole('staff')] as const,
  request: { query: staffServiceQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(staffServiceSchema), nextCursor: z.string().nullable() }), 'Services, a page at a time'),
    ...pickErrors(400, 401, 403),
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/{slug}',
  tags,
  summary: 'One service as staff see it (its OPD\'s publishers, admins), disabled or not',
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams },
  responses: { 200: json(staffServiceSchema, 'The service'), ...pickErrors(400, 401, 403, 404) },
});
const createServiceRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Create a service (a publisher for its own OPD, an admin for any)',
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { body: jsonBody(newServiceSchema) },
  responses: { 201: json(staffServiceSchema, 'Created'), ...pickErrors(400, 401, 403, 409, 413) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/{slug}',
  tags,
  summary: "Edit a service's catalogue fields and standar pelayanan (not its slug, kind or OPD)",
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: slugParams, body: jsonBody(serviceChangesSchema) },
  responses: { 200: json(staffServiceSchema, 'Updated'), ...pickErrors(400, 401, 403, 404, 413) },
});
const linkEmbedRoute = createRoute({
  method: 'put',
  path: '/{slug}/link-embed',
  tags,
  summary: 'Embed a link service in the portal in a sandboxed iframe, or stop embedding it (admins: a security decision)',
  middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: slugParams, body: jsonBody(linkEmbedBodySchema) },
  responses: { 200: json(staffServiceSchema, 'The service, now (or already) embedded that way'), ...pickErrors(400, 401, 403, 404, 413) },
});
const switchRoute = (action: 'disable' | 'enable') =>
  createRoute({
    method: 'post',
    path: `/{slug}/${action}`,
    tags,
    summary:
      action === 'disable'
        ? 'Kill switch: take a service out of the catalogue and every open shell (admins)'
        : 'Put a disabled service back (admins)',
    middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
    request: { params: slugParams, body: jsonBody(reasonSchema) },
    responses: { 200: json(staffServiceSchema, 'The service, now (or already) in that state'), ...pickErrors(400, 401, 403, 404, 413) },
  });

/** /api/v1/services: the publishing and governance API for services themselves. */
export function serviceRoutes(deps: RouteDependencies) {
  const app = createApiRouter();

  app.openapi(listRoute, async (c) => {
    return c.json(await listStaffServices(domainContext(c, deps.db), c.req.valid('query')), 200);
  });

  app.openapi(getRoute, async (c) => c.json(await getStaffService(domainContext(c, deps.db), c.req.valid('param')), 200));

  app.openapi(createServiceRoute, async (c) => {
    const created = await createService(domainContext(c, deps.db), c.req.valid('json'));
    deps.afterChange();
    return c.json(created, 201);
  });

  app.openapi(updateRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, changes: c.req.valid('json') };
    const updated = await updateService(domainContext(c, deps.db), input);
    deps.afterChange();
    return c.json(updated, 200);
  });

  app.openapi(linkEmbedRoute, async (c) => {
    const service = await setLinkEmbed(domainContext(c, deps.db), { slug: c.req.valid('param').slug, body: c.req.valid('json') });
    deps.afterChange();
    return c.json(service, 200);
  });

  for (const [action, verb] of [['disable', disableService], ['enable', enableService]] as const) {
    app.openapi(switchRoute(action), async (c) => {
      const service = await verb(domainContext(c, deps.db), { slug: c.req.valid('param').slug, body: c.req.valid('json') });
      deps.afterChange();
      return c.json(service, 200);
    });
  }

  return app;
}
