import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { createUser, newUserSchema } from '../domain/auth/users';
import { listUsers, userQuerySchema } from '../domain/users/list-users';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';
import { json } from './staff-schemas';

const listedUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    opd: z.object({ slug: z.string(), name: z.string() }).nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

const listUsersRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['users'],
  summary: 'Accounts by email, a page at a time; `q` matches part of the email or name (admins only)',
  middleware: [requireRole('admin')] as const,
  request: { query: userQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(listedUserSchema), nextCursor: z.string().nullable() }), 'A page of accounts'),
    ...pickErrors(400, 401, 403),
  },
});

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
  app.openapi(listUsersRoute, async (c) => c.json(await listUsers(domainContext(c, deps.db), c.req.valid('query')), 200));
  app.openapi(createUserRoute, async (c) => c.json(await createUser(domainContext(c, deps.db), c.req.valid('json')), 201));
  return app;
}
