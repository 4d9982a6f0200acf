import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { opds } from './opds';

export const ROLES = ['admin', 'publisher', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in: Diskominfo admins, OPD publishers (exactly one OPD each) and citizens. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; sign-in compares lower-cased. */
    email: text().notNull().unique(),
    name: text().notNull(),
    role: text().$type<Role>().notNull(),
    opdId: uuid().references(() => opds.id, { onDelete: 'restrict' }),
    /** scrypt, as `scrypt$N$r$p$salt$hash` (base64). */
    passwordHash: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    index().on(table.opdId),
    check('users_role_check', sql`${table.role} in ('admin', 'publisher', 'citizen')`),
    check('users_publisher_opd_check', sql`(${table.role} = 'publisher') = (${table.opdId} is not null)`),
  ],
);
