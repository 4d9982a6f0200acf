import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { approveUpstream, listUpstreams, proposalSchema, proposeUpstream, rejectUpstream, upstreamIdSchema, upstreamRejectionSchema } from '../domain/gateway/manage-upstreams';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { json, MAX_JSON_BODY_BYTES, slugParams } from './staff-schemas';

const tags = ['gateway'];
const upstreamSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    status: z.enum(['pending', 'approved', 'rejected', 'retired']),
    note: z.string().nullable(),
    proposedBy: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ServiceUpstream');
const upstreamParams = slugParams.extend({ id: upstreamIdSchema.openapi({ param: { name: 'id', in: 'path' } }) });
const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

const listRoute = createRoute({
  method: 'get',
  path: '/{slug}/upstreams',
  tags,
  summary: "A service's gateway upstreams, proposed and reviewed (its OPD's publishers, admins)",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams },
  responses: { 200: json(z.object({ items: z.array(upstreamSchema) }), 'Upstreams, newest first'), ...pickErrors(400, 401, 403, 404) },
});
const proposeRoute = createRoute({
  method: 'post',
  path: '/{slug}/upstreams',
  tags,
  summary: 'Propose the OPD back end the gateway forwards this service to (its OPD’s publishers, admins)',
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: slugParams, body: jsonBody(proposalSchema) },
  responses: { 201: json(upstreamSchema, 'Proposed, pending an admin'), ...pickErrors(400, 401, 403, 404, 413) },
});
const approveRoute = createRoute({
  method: 'post',
  path: '/{slug}/upstreams/{id}/approve',
  tags,
  summary: 'Approve a proposed upstream; the previously approved one is retired (admins)',
  middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: upstreamParams },
  responses: { 200: json(upstreamSchema, 'Approved: the gateway now forwards here'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const rejectRoute = createRoute({
  method: 'post',
  path: '/{slug}/upstreams/{id}/reject',
  tags,
  summary: 'Reject a proposed upstream, saying why (admins)',
  middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: upstreamParams, body: jsonBody(upstreamRejectionSchema) },
  responses: { 200: json(upstreamSchema, 'Rejected'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});

/** /api/v1/services/{slug}/upstreams: where the service gateway forwards, and who approved it. */
export function gatewayUpstreamRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => c.json({ items: await listUpstreams(domainContext(c, deps.db), c.req.valid('param')) }, 200));
  app.openapi(proposeRoute, async (c) => {
    const proposed = await proposeUpstream(domainContext(c, deps.db), { slug: c.req.valid('param').slug, body: c.req.valid('json') });
    return c.json(proposed, 201);
  });
  app.openapi(approveRoute, async (c) => c.json(await approveUpstream(domainContext(c, deps.db), c.req.valid('param')), 200));
  app.openapi(rejectRoute, async (c) => {
    const rejected = await rejectUpstream(domainContext(c, deps.db), { ...c.req.valid('param'), body: c.req.valid('json') });
    return c.json(rejected, 200);
  });
  return app;
}
