import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns';
import { formRequestEvents } from './requests-timeline';
import { formRequests } from './form-requests';
import { services } from './services';

/**
 * Files for form requests: a citizen's answer to a file field (`fieldKey`), or an officer's
 * attachment to a status move (`fieldKey` null). Bytes are kept in the row: they are small (a
 * field's `maxSizeKb` is at most 10 MiB) and belong to one request, so content addressing would
 * save nothing and complicate deleting a request's files. `type` is sniffed from the bytes.
 */
export const formUploads = pgTable(
  'form_uploads',
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    fieldKey: text(),
    name: text().notNull(),
    type: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    /** Null until a filing binds it; an unbound upload older than 24 h may be deleted. */
    requestId: uuid().references(() => formRequests.id, { onDelete: 'cascade' }),
    /** An officer's attachment: the timeline entry it was sent with, null until then. */
    eventId: bigint({ mode: 'number' }).references(() => formRequestEvents.id, { onDelete: 'cascade' }),
    /** The officer who attached it; null for citizens' uploads. */
    uploadedBy: uuid(),
    createdAt: createdAt(),
  },
  (table) => [
    index().on(table.requestId),
    index('form_uploads_unbound_index').on(table.createdAt).where(sql`${table.requestId} is null`),
    check('form_uploads_size_check', sql`${table.size} >= 0`),
  ],
);
