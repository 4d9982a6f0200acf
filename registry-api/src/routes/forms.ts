import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { RouteDependencies } from '../app';
import { fileRequest } from '../domain/forms/file-request';
import { fileRequestSchema, idempotencyKeySchema } from '../domain/forms/forms-input';
import { getPublicForm } from '../domain/forms/public-form';
import { tooLarge } from '../domain/forms/sniff-type';
import { uploadFormFile } from '../domain/forms/upload-file';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { errorResponses, pickErrors } from '../http/error-responses';
import { ifNoneMatchHits, etagFor } from '../http/etag';
import { limitBody } from '../http/limit-body';
import { fileSummarySchema, filedRequestSchema, MAX_ANSWERS_BODY_BYTES, publicFormSchema } from './forms-schemas';
import { json, slugParams } from './staff-schemas';

const tags = ['forms'];
// The largest file a field may accept (the SDK caps maxSizeKb at 10 MiB) plus the multipart framing:
// the body is refused while it streams in past this, before anything is buffered.
const MAX_FIELD_FILE_BYTES = 10_240 * 1024;
const MAX_UPLOAD_BODY_BYTES = MAX_FIELD_FILE_BYTES + 64 * 1024;

const formRoute = createRoute({
  method: 'get',
  path: '/{slug}',
  tags,
  summary: 'The current definition of an enabled form service (ETag; revalidate with If-None-Match)',
  request: { params: slugParams },
  responses: { 200: json(publicFormSchema, 'The form'), 304: { description: 'Not modified' }, ...pickErrors(400, 404) },
});

const uploadForm = z.object({
  field: z.string().openapi({ description: "the file field's key" }),
  file: z.instanceof(Blob).openapi({ type: 'string', format: 'binary', description: 'the file; its type is read from its bytes' }),
});
const uploadRoute = createRoute({
  method: 'post',
  path: '/{slug}/uploads',
  tags,
  summary: "Upload a file field's answer before filing; the id returned is the field's answer",
  middleware: [
    bodyLimit({
      maxSize: MAX_UPLOAD_BODY_BYTES,
      onError: () => {
        throw tooLarge(MAX_FIELD_FILE_BYTES);
      },
    }),
  ] as const,
  request: { params: slugParams, body: { content: { 'multipart/form-data': { schema: uploadForm } }, required: true } },
  responses: {
    201: json(fileSummarySchema, 'Stored, not yet attached to a request'),
    ...pickErrors(400, 403, 404, 413),
    415: { ...errorResponses[400], description: 'The file is not of a type the field accepts (read from its bytes).' },
  },
});

const fileRoute = createRoute({
  method: 'post',
  path: '/{slug}/requests',
  tags,
  summary: 'File a request (anonymous, or as the signed-in citizen). Idempotent: retry with the same Idempotency-Key',
  middleware: [limitBody(MAX_ANSWERS_BODY_BYTES)] as const,
  request: {
    params: slugParams,
    headers: z.object({ 'idempotency-key': idempotencyKeySchema.openapi({ description: 'a fresh random key per submission (e.g. a UUID), reused for its retries' }) }),
    body: { content: { 'application/json': { schema: fileRequestSchema } }, required: true },
  },
  responses: {
    201: json(filedRequestSchema, 'Filed'),
    200: json(filedRequestSchema, 'A replay of an earlier filing with this key: the same request'),
    ...pickErrors(400, 403, 404, 409, 413),
  },
});

/** /api/v1/forms: what citizens use to fill in and file a form. */
export function formRoutes(deps: RouteDependencies) {
  const app = createApiRouter();

  app.openapi(formRoute, async (c) => {
    const form = await getPublicForm(domainContext(c, deps.db), c.req.valid('param'));
    const body = JSON.stringify(form);
    const headers = { ETag: etagFor(body), 'Cache-Control': 'no-cache' };
    if (ifNoneMatchHits(c.req.header('if-none-match'), headers.ETag)) return c.body(null, 304, headers);
    return c.body(body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.openapi(uploadRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, ...c.req.valid('form') };
    return c.json(await uploadFormFile(domainContext(c, deps.db), input), 201);
  });

  app.openapi(fileRoute, async (c) => {
    const input = { slug: c.req.valid('param').slug, idempotencyKey: c.req.valid('header')['idempotency-key'], body: c.req.valid('json') };
    const outcome = await fileRequest(domainContext(c, deps.db), input);
    return outcome.created ? c.json(outcome.request, 201) : c.json(outcome.request, 200);
  });

  return app;
}
