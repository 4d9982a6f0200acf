import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../db/client';

/** Liveness and readiness in one: the database answers. */
export function healthRoutes(deps: { db: Database }) {
  const app = new Hono();
  app.get('/', async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ status: 'ok' });
    } catch (error) {
      console.error('[registry-api] health check failed:', error);
      return c.json({ status: 'unavailable', error: { code: 'database_unavailable', message: 'The database does not answer.' } }, 503);
    }
  });
  return app;
}
