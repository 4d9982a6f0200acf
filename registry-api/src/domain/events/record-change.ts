import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { changeEvents, type ChangeEventType } from '../../db/schema';

/** The PostgreSQL channel every registry instance listens on. */
export const CHANGES_CHANNEL = 'palapa_changes';

/**
 * Records a change for the shells, inside the mutation's transaction. The NOTIFY is transactional
 * too: PostgreSQL delivers it to every listening instance only if the transaction commits.
 */
export async function recordChange(tx: Database, type: ChangeEventType, payload: Record<string, unknown>): Promise<number> {
  const [row] = await tx.insert(changeEvents).values({ type, payload }).returning({ id: changeEvents.id });
  if (!row) throw new Error('change event insert returned no row');
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${String(row.id)})`);
  return row.id;
}
