import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { createUser, newUserSchema } from '../domain/auth/users';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';

const createUserRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['users'],
  summary: 'Create an account (admins only)',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'application/json': { schema: newUserSchema } }, required: true } },
  responses: {
    201: {
      description: 'Created',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            role: z.string(),
            opd: z.object({ slug: z.string(), name: z.string() }).nullable(),
          }),
        },
      },
    },
    ...pickErrors(400, 401, 403, 409),
  },
});

export function userRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(createUserRoute, async (c) => c.json(await createUser(domainContext(c, deps.db), c.req.valid('json')), 201));
  return app;
}
