import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDependencies } from '../app';
import type { BundleLimits } from '../domain/versions/bundle-limits';
import { activateVersion } from '../domain/versions/activate-version';
import { listVersions } from '../domain/versions/list-versions';
import { approveVersion, rejectVersion } from '../domain/versions/review-version';
import { registerExternalVersion, uploadVersion } from '../domain/versions/upload-version';
import { approvalSchema, rejectionSchema } from '../domain/versions/version-input';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { json, MAX_JSON_BODY_BYTES, slugParams, versionParams, versionSummarySchema } from './staff-schemas';

const tags = ['versions'];
// Room for the manifest and the multipart framing around the bundle itself.
const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

const uploadForm = z
  .object({
    manifest: z.string().openapi({ description: 'the built palapa.json, as JSON text' }),
    bundle: z.instanceof(Blob).openapi({ type: 'string', format: 'binary', description: 'the built folder as .tar.gz (tar -czf bundle.tgz -C dist .)' }),
  })
  .strict();

const uploadRoute = (limits: BundleLimits) =>
  createRoute({
    method: 'post',
    path: '/{slug}/versions',
    tags,
    summary: "Publish a new version of a module service's plugin; it waits, pending, for an admin",
    middleware: [requireRole('staff'), limitBody(limits.maxCompressedBytes + MULTIPART_OVERHEAD_BYTES)] as const,
    request: { params: slugParams, body: { content: { 'multipart/form-data': { schema: uploadForm } }, required: true } },
    responses: { 201: json(versionSummarySchema, 'Published, pending review'), ...pickErrors(400, 401, 403, 404, 409, 413) },
  });
const externalBody = z
  .object({
    manifest: z.string().openapi({ description: 'the built palapa.json, as JSON text' }),
    entryUrl: z.string().openapi({ description: "the entry's absolute URL on an origin in PALAPA_EXTERNAL_ORIGINS", example: 'https://layanan.opd.go.id/plugin/remoteEntry.js' }),
  })
  .strict();
const externalRoute = createRoute({
  method: 'post',
  path: '/{slug}/versions/external',
  tags,
  summary: 'Publish a version the OPD hosts itself: the registry fetches the entry and computes its SRI hash; it waits, pending, for an admin',
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: slugParams, body: { content: { 'application/json': { schema: externalBody } }, required: true } },
  responses: { 201: json(versionSummarySchema, 'Published, pending review'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const listRoute = createRoute({
  method: 'get',
  path: '/{slug}/versions',
  tags,
  summary: "A service's versions, newest first, with which one is active",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams },
  responses: { 200: json(z.object({ items: z.array(versionSummarySchema) }), 'Versions'), ...pickErrors(400, 401, 403, 404) },
});
const approveRoute = createRoute({
  method: 'post',
  path: '/{slug}/versions/{version}/approve',
  tags,
  summary: 'Approve a pending version (admins); it can then be activated',
  middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: versionParams, body: { content: { 'application/json': { schema: approvalSchema } }, required: false } },
  responses: { 200: json(versionSummarySchema, 'Approved'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const rejectRoute = createRoute({
  method: 'post',
  path: '/{slug}/versions/{version}/reject',
  tags,
  summary: 'Reject a pending version (admins), saying why',
  middleware: [requireRole('admin'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: versionParams, body: { content: { 'application/json': { schema: rejectionSchema } }, required: true } },
  responses: { 200: json(versionSummarySchema, 'Rejected'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const activateRoute = createRoute({
  method: 'post',
  path: '/{slug}/versions/{version}/activate',
  tags,
  summary: 'Make an approved version the one citizens get (admins): a rollout, or a rollback to an older one',
  middleware: [requireRole('admin')] as const,
  request: { params: versionParams },
  responses: { 200: json(versionSummarySchema, 'Active'), ...pickErrors(400, 401, 403, 404, 409) },
});

/** /api/v1/services/{slug}/versions: publishing, review and rollout of module plugins. */
export function versionRoutes(deps: RouteDependencies) {
  const app = createApiRouter();
  const limits = deps.bundleLimits;

  app.openapi(uploadRoute(limits), async (c) => {
    const { manifest, bundle } = c.req.valid('form');
    const input = { slug: c.req.valid('param').slug, manifest, bundle };
    const published = await uploadVersion(domainContext(c, deps.db), input, { store: deps.store, limits });
    return c.json(published, 201);
  });

  app.openapi(externalRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, ...c.req.valid('json') };
    const externalEntries = { allowedOrigins: deps.externalOrigins };
    return c.json(await registerExternalVersion(domainContext(c, deps.db), input, { store: deps.store, externalEntries }), 201);
  });

  app.openapi(listRoute, async (c) => {
    const items = await listVersions(domainContext(c, deps.db), c.req.valid('param'));
    return c.json({ items }, 200);
  });

  app.openapi(approveRoute, async (c) => {
    const input = { ...c.req.valid('param'), body: c.req.valid('json') };
    return c.json(await approveVersion(domainContext(c, deps.db), input), 200);
  });

  app.openapi(rejectRoute, async (c) => {
    const input = { ...c.req.valid('param'), body: c.req.valid('json') };
    return c.json(await rejectVersion(domainContext(c, deps.db), input), 200);
  });

  app.openapi(activateRoute, async (c) => {
    const active = await activateVersion(domainContext(c, deps.db), c.req.valid('param'));
    deps.afterChange();
    return c.json(active, 200);
  });

  return app;
}
