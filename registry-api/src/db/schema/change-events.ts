import { bigserial, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const CHANGE_EVENT_TYPES = ['catalogue.changed', 'service.enabled', 'service.disabled', 'version.activated'] as const;
export type ChangeEventType = (typeof CHANGE_EVENT_TYPES)[number];

/**
 * Changes the shells must hear about. The serial id is the SSE event id, so a reconnecting shell
 * resumes with Last-Event-ID; a NOTIFY carrying the id fans each one out to every instance.
 */
export const changeEvents = pgTable('change_events', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  type: text().$type<ChangeEventType>().notNull(),
  payload: jsonb().$type<Record<string, unknown>>().notNull(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
