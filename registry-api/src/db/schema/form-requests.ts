import type { FormValues, RequestStatus } from '@palapa/sdk/forms';
import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { formDefinitions } from './forms-definitions';
import { services } from './services';
import { users } from './users';

/**
 * A request a citizen filed through a form service. The verifier the citizen keeps is not stored:
 * it is an HMAC of the tracking code (domain/forms/verifier.ts), so a replay can answer it again.
 */
export const formRequests = pgTable(
  'form_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    trackingCode: text().notNull().unique(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'restrict' }),
    definitionVersion: integer().notNull(),
    /** The signed-in citizen who filed it; null for an anonymous request. */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The client's Idempotency-Key, and a hash of what it was sent with (caller, version, answers). */
    idempotencyKey: text().notNull(),
    requestFingerprint: text().notNull(),
    values: jsonb().$type<FormValues>().notNull(),
    status: text().$type<RequestStatus>().notNull().default('diterima'),
    dueDate: date({ mode: 'string' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // The constraint that makes a retried submission safe under concurrency: the loser of a race
    // gets a unique violation and answers the winner's request.
    unique('form_requests_service_idempotency_unique').on(table.serviceId, table.idempotencyKey),
    foreignKey({ columns: [table.serviceId, table.definitionVersion], foreignColumns: [formDefinitions.serviceId, formDefinitions.version] }).onDelete('restrict'),
    // The officers' inbox, newest first, optionally by status.
    index('form_requests_inbox_index').on(table.serviceId, table.createdAt.desc(), table.id.desc()),
    index('form_requests_inbox_status_index').on(table.serviceId, table.status, table.createdAt.desc(), table.id.desc()),
    index('form_requests_user_index').on(table.userId, table.createdAt.desc()),
    check('form_requests_status_check', sql`${table.status} in ('diterima', 'diverifikasi', 'diproses', 'selesai', 'ditolak')`),
  ],
);
