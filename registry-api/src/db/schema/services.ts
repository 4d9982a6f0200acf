import type { LocalizedList, LocalizedText, ServiceKind } from '@palapa/sdk';
import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { createdAt, updatedAt } from './columns';
import { opds } from './opds';
import { pluginVersions } from './plugin-versions';

/** A catalogue entry with its *standar pelayanan*. */
export const services = pgTable(
  'services',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: text().$type<ServiceKind>().notNull(),
    opdId: uuid()
      .notNull()
      .references(() => opds.id, { onDelete: 'restrict' }),
    categorySlug: text()
      .notNull()
      .references(() => categories.slug, { onDelete: 'restrict' }),
    name: jsonb().$type<LocalizedText>().notNull(),
    summary: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    keywords: jsonb().$type<string[]>().notNull().default([]),
    linkUrl: text(),
    requirements: jsonb().$type<LocalizedList>().notNull(),
    procedure: jsonb().$type<LocalizedList>().notNull(),
    processingTime: jsonb().$type<LocalizedText>().notNull(),
    fee: jsonb().$type<LocalizedText>().notNull(),
    product: jsonb().$type<LocalizedText>().notNull(),
    complaintChannel: jsonb().$type<LocalizedText>().notNull(),
    legalBasis: jsonb().$type<LocalizedList>().notNull(),
    enabled: boolean().notNull().default(true),
    activeVersionId: uuid().references((): AnyPgColumn => pluginVersions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index().on(table.opdId),
    index().on(table.categorySlug),
    index().on(table.enabled),
    check('services_kind_check', sql`${table.kind} in ('module', 'form', 'link')`),
  ],
);
