import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every mutation, written in the same transaction as the change. Append-only: no API changes it,
 * and a trigger (migration 0002) rejects UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** No foreign key: the trail outlives the accounts it names. */
    actorId: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
  },
  (table) => [index().on(table.at), index().on(table.action), index().on(table.actorId), index().on(table.targetType, table.targetId)],
);
