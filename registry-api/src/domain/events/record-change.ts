import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { changeEvents, type ChangeEventType } from '../../db/schema';

/** The PostgreSQL channel every registry instance listens on. */
export const CHANGES_CHANNEL = 'palapa_changes';

/**
 * Serialises the transactions that record changes, held until commit. Without it, two concurrent
 * mutations could commit ids 6 then 5, and a change feed that had already moved past 6 (or a shell
 * resuming from Last-Event-ID 6) would never see 5. With it, ids become visible in id order.
 */
const CHANGE_ORDER_LOCK = sql`select pg_advisory_xact_lock(7061716170)`;

/**
 * Records a change for the shells, inside the mutation's transaction. The NOTIFY is transactional
 * too: PostgreSQL delivers it to every listening instance only if the transaction commits.
 *
 * Call it last in the transaction: it takes a lock that other recording transactions wait for
 * until this one commits, so it should be held briefly and after the mutation's row locks.
 */
export async function recordChange(tx: Database, type: ChangeEventType, payload: Record<string, unknown>): Promise<number> {
  await tx.execute(CHANGE_ORDER_LOCK);
  const [row] = await tx.insert(changeEvents).values({ type, payload }).returning({ id: changeEvents.id });
  if (!row) throw new Error('change event insert returned no row');
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${String(row.id)})`);
  return row.id;
}
