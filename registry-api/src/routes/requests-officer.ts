import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { RouteDependencies } from '../app';
import { attachFile, MAX_ATTACHMENT_BYTES } from '../domain/forms/attach-file';
import { inboxQuerySchema, transitionSchema } from '../domain/forms/forms-input';
import { moveRequest } from '../domain/forms/move-request';
import { getOfficerRequest, listInbox } from '../domain/forms/officer-inbox';
import { satisfactionIndex } from '../domain/forms/satisfaction-index';
import { tooLarge } from '../domain/forms/sniff-type';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { errorResponses, pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { requireRole } from '../http/require-role';
import { fileSummarySchema, inboxSchema, requestViewSchema, satisfactionSchema, trackingCodeParams } from './forms-schemas';
import { json, MAX_JSON_BODY_BYTES, slugParams } from './staff-schemas';

const tags = ['requests'];
const requestParams = slugParams.extend(trackingCodeParams.shape);

const inboxRoute = createRoute({
  method: 'get',
  path: '/{slug}/requests',
  tags,
  summary: "A form service's requests, newest first (its OPD's publishers, admins)",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams, query: inboxQuerySchema },
  responses: { 200: json(inboxSchema, 'Requests, a page at a time'), ...pickErrors(400, 401, 403, 404, 409) },
});
const readRoute = createRoute({
  method: 'get',
  path: '/{slug}/requests/{trackingCode}',
  tags,
  summary: 'One request as its officers see it, with who filed it',
  middleware: [requireRole('staff')] as const,
  request: { params: requestParams },
  responses: { 200: json(requestViewSchema, 'The request'), ...pickErrors(400, 401, 403, 404, 409) },
});
const attachForm = z.object({ file: z.instanceof(Blob).openapi({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MiB' }) });
const attachRoute = createRoute({
  method: 'post',
  path: '/{slug}/requests/{trackingCode}/attachments',
  tags,
  summary: 'Upload a document to send with the next status move',
  middleware: [
    requireRole('staff'),
    bodyLimit({
      maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
      onError: () => {
        throw tooLarge(MAX_ATTACHMENT_BYTES);
      },
    }),
  ] as const,
  request: { params: requestParams, body: { content: { 'multipart/form-data': { schema: attachForm } }, required: true } },
  responses: {
    201: json(fileSummarySchema, 'Stored; send it with a transition'),
    ...pickErrors(400, 401, 403, 404, 409, 413),
    415: { ...errorResponses[400], description: 'Not a PDF, JPEG or PNG (read from its bytes).' },
  },
});
const moveRoute = createRoute({
  method: 'post',
  path: '/{slug}/requests/{trackingCode}/transitions',
  tags,
  summary: 'Move a request along its workflow; `from` must be its current status',
  middleware: [requireRole('staff'), limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { params: requestParams, body: { content: { 'application/json': { schema: transitionSchema } }, required: true } },
  responses: { 200: json(requestViewSchema, 'Moved'), ...pickErrors(400, 401, 403, 404, 409, 413) },
});
const satisfactionRoute = createRoute({
  method: 'get',
  path: '/{slug}/satisfaction',
  tags,
  summary: "The service's SKM index (IKM, grade and element means) from citizens' ratings",
  middleware: [requireRole('staff')] as const,
  request: { params: slugParams },
  responses: { 200: json(satisfactionSchema, 'The index'), ...pickErrors(400, 401, 403, 404, 409) },
});

/** /api/v1/services/{slug}/requests and /satisfaction: the officers' side of a form service. */
export function officerRequestRoutes(deps: RouteDependencies) {
  const app = createApiRouter();
  app.openapi(inboxRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, query: c.req.valid('query') };
    return c.json(await listInbox(domainContext(c, deps.db), input), 200);
  });
  app.openapi(readRoute, async (c) => c.json(await getOfficerRequest(domainContext(c, deps.db), c.req.valid('param')), 200));
  app.openapi(attachRoute, async (c) => {
    const input = { ...c.req.valid('param'), file: c.req.valid('form').file };
    return c.json(await attachFile(domainContext(c, deps.db), input), 201);
  });
  app.openapi(moveRoute, async (c) => {
    const input = { ...c.req.valid('param'), body: c.req.valid('json') };
    return c.json(await moveRequest(domainContext(c, deps.db), input), 200);
  });
  app.openapi(satisfactionRoute, async (c) => c.json(await satisfactionIndex(domainContext(c, deps.db), c.req.valid('param')), 200));
  return app;
}
