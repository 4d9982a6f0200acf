import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../db/client';
import { auditQuerySchema, listAudit } from '../domain/audit/list-audit';
import { createApiRouter } from '../http/api-router';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { requireRole } from '../http/require-role';

const auditEntrySchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    targetLabel: z.string().nullable().openapi({ description: 'service slug, user email, OPD name, slug@version or token name, read now; null when the target is gone' }),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
  })
  .openapi('AuditEntry');

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['audit'],
  summary: 'The audit log, newest first (admins only)',
  middleware: [requireRole('admin')] as const,
  request: { query: auditQuerySchema },
  responses: {
    200: { description: 'A page of the log', content: { 'application/json': { schema: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }) } } },
    ...pickErrors(400, 401, 403),
  },
});

export function auditRoutes(deps: { db: Database }) {
  const app = createApiRouter();
  app.openapi(listRoute, async (c) => c.json(await listAudit(domainContext(c, deps.db), c.req.valid('query')), 200));
  return app;
}
