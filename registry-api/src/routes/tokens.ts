import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { createApiToken, listApiTokens, newTokenSchema, revokeApiToken } from '../domain/auth/api-tokens';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiToken');

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['tokens'],
  middleware: [requireRole('staff')] as const,
  summary: "The caller's API tokens (never their secrets)",
  responses: { 200: { description: 'Tokens', content: { 'application/json': { schema: z.object({ items: z.array(tokenSchema) }) } } }, ...pickErrors(401, 403) },
});
const createTokenRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['tokens'],
  middleware: [requireRole('staff')] as const,
  summary: "Create a token scoped to the caller's OPD; the secret is shown once",
  request: { body: { content: { 'application/json': { schema: newTokenSchema } }, required: true } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: tokenSchema.extend({ token: z.string() }) } } },
    ...pickErrors(400, 401, 403),
  },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['tokens'],
  middleware: [requireRole('staff')] as const,
  summary: 'Revoke a token',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'Revoked', content: { 'application/json': { schema: tokenSchema } } }, ...pickErrors(400, 401, 403, 404) },
});

export function tokenRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => c.json({ items: await listApiTokens(domainContext(c, deps.db)) }, 200));
  app.openapi(createTokenRoute, async (c) => c.json(await createApiToken(domainContext(c, deps.db), c.req.valid('json')), 201));
  app.openapi(revokeRoute, async (c) => c.json(await revokeApiToken(domainContext(c, deps.db), c.req.valid('param').id), 200));
  return app;
}
