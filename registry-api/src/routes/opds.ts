import { createRoute, z } from '@hono/zod-openapi';
import { isSlug } from '@palapa/sdk';
import type { Database } from '../db/client';
import { createOpd, listOpds, newOpdSchema, opdPatchSchema, updateOpd } from '../domain/opds/manage-opds';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';

const opdSchema = z.object({ slug: z.string(), name: z.string(), shortName: z.string() }).openapi('Opd');
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['opds'],
  summary: "The city's OPDs (departments)",
  responses: { 200: { description: 'OPDs', ...json(z.object({ items: z.array(opdSchema) })) } },
});
const createOpdRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['opds'],
  summary: 'Add an OPD (admins only)',
  middleware: [requireRole('admin')] as const,
  request: { body: { ...json(newOpdSchema), required: true } },
  responses: { 201: { description: 'Created', ...json(opdSchema) }, ...pickErrors(400, 401, 403, 409) },
});
const updateOpdRoute = createRoute({
  method: 'patch',
  path: '/{slug}',
  tags: ['opds'],
  summary: 'Rename an OPD (admins only)',
  middleware: [requireRole('admin')] as const,
  request: { params: z.object({ slug: z.string().refine(isSlug, 'not an OPD slug') }), body: { ...json(opdPatchSchema), required: true } },
  responses: { 200: { description: 'Updated', ...json(opdSchema) }, ...pickErrors(400, 401, 403, 404) },
});

export function opdRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => c.json({ items: await listOpds(domainContext(c, deps.db)) }, 200));
  app.openapi(createOpdRoute, async (c) => c.json(await createOpd(domainContext(c, deps.db), c.req.valid('json')), 201));
  app.openapi(updateOpdRoute, async (c) =>
    c.json(await updateOpd(domainContext(c, deps.db), c.req.valid('param').slug, c.req.valid('json')), 200),
  );
  return app;
}
