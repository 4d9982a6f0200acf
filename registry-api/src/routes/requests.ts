import { createRoute, z } from '@hono/zod-openapi';
import type { RouteDependencies } from '../app';
import { getCitizenRequest, listMyRequests, pollStatuses } from '../domain/forms/citizen-requests';
import { ratingSchema, statusPollSchema } from '../domain/forms/forms-input';
import { rateRequest } from '../domain/forms/rate-request';
import { readRequestFile } from '../domain/forms/read-request-file';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { myRequestsSchema, requestViewSchema, statusItemsSchema, trackingCodeParams, verifierHeaders } from './forms-schemas';
import { json, MAX_JSON_BODY_BYTES } from './staff-schemas';

const tags = ['requests'];

const readRoute = createRoute({
  method: 'get',
  path: '/{trackingCode}',
  tags,
  summary: 'A filed request, for the citizen holding its verifier (X-Verifier) or the signed-in citizen who filed it',
  request: { params: trackingCodeParams, headers: verifierHeaders },
  responses: { 200: json(requestViewSchema, 'The request'), ...pickErrors(400, 404) },
});
const pollRoute = createRoute({
  method: 'post',
  path: '/status',
  tags,
  summary: 'The statuses of up to 50 (tracking code, verifier) pairs; wrong or unknown pairs are left out',
  middleware: [limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { body: { content: { 'application/json': { schema: statusPollSchema } }, required: true } },
  responses: { 200: json(statusItemsSchema, 'Statuses'), ...pickErrors(400, 403, 413) },
});
const fileRoute = createRoute({
  method: 'get',
  path: '/{trackingCode}/files/{fileId}',
  tags,
  summary: "A request's file (an answer or an officer's attachment), as a download",
  request: { params: trackingCodeParams.extend({ fileId: z.string().max(100).openapi({ param: { name: 'fileId', in: 'path' } }) }), headers: verifierHeaders },
  responses: { 200: { description: 'The bytes, with their sniffed type', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...pickErrors(400, 404) },
});
const rateRoute = createRoute({
  method: 'post',
  path: '/{trackingCode}/rating',
  tags,
  summary: 'Rate a completed request (the SKM survey), once',
  middleware: [limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: trackingCodeParams, headers: verifierHeaders, body: { content: { 'application/json': { schema: ratingSchema } }, required: true } },
  responses: { 201: json(z.object({ submittedAt: z.string() }), 'Rated'), ...pickErrors(400, 403, 404, 409, 413) },
});

/** /api/v1/requests: a citizen follows a filed request. */
export function requestRoutes(deps: RouteDependencies) {
  const app = createApiRouter();

  app.openapi(pollRoute, async (c) => c.json(await pollStatuses(domainContext(c, deps.db), c.req.valid('json')), 200));

  app.openapi(readRoute, async (c) => {
    const input = { trackingCode: c.req.valid('param').trackingCode, verifier: c.req.valid('header')['x-verifier'] };
    const view = await getCitizenRequest(domainContext(c, deps.db), input);
    c.header('Cache-Control', 'private, no-store');
    return c.json(view, 200);
  });

  app.openapi(fileRoute, async (c) => {
    const { trackingCode, fileId } = c.req.valid('param');
    const file = await readRequestFile(domainContext(c, deps.db), { trackingCode, fileId, verifier: c.req.valid('header')['x-verifier'] });
    // Served as a download in a sandbox, never rendered in the portal's origin.
    return c.body(new Uint8Array(file.content), 200, {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
      'Cache-Control': 'private, no-store',
    });
  });

  app.openapi(rateRoute, async (c) => {
    const input = { trackingCode: c.req.valid('param').trackingCode, verifier: c.req.valid('header')['x-verifier'], body: c.req.valid('json') };
    return c.json(await rateRequest(domainContext(c, deps.db), input), 201);
  });

  return app;
}

const myRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "The signed-in citizen's requests, newest first",
  middleware: [requireRole('signedIn')] as const,
  responses: { 200: json(myRequestsSchema, 'Requests'), ...pickErrors(401) },
});

/** /api/v1/me/requests */
export function myRequestRoutes(deps: RouteDependencies) {
  const app = createApiRouter();
  app.openapi(myRoute, async (c) => c.json(await listMyRequests(domainContext(c, deps.db)), 200));
  return app;
}

/** The name for the plain `filename=` parameter: ASCII, no quotes or backslashes. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
