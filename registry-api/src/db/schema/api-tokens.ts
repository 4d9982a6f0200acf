import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { opds } from './opds';
import { users } from './users';

/**
 * Tokens for the CLI and CI. Shown once at creation; only the SHA-256 of the secret is stored.
 * A token carries its creator's OPD scope (null for an admin's token).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    opdId: uuid().references(() => opds.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** The first characters of the secret, so a person can tell tokens apart. */
    prefix: text().notNull(),
    secretHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index().on(table.userId)],
);
