import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Raw bytes. PGlite hands back Uint8Array, postgres.js a Buffer (which is a Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** A full-text search document. Written by PostgreSQL (generated columns), read by no one but the planner. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
