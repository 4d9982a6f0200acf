import type { LinkEmbed, LocalizedList, LocalizedText, ServiceKind } from '@palapa/sdk';
import { sql, type SQL } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { createdAt, tsvector, updatedAt } from './columns';
import { opds } from './opds';
import { pluginVersions } from './plugin-versions';

/** One weighted part of a search document (palapa_unaccent: migration 0003_search_extensions). */
function searchDocument(weight: 'A' | 'B' | 'C' | 'D', text: SQL): SQL {
  return sql`setweight(to_tsvector('simple'::regconfig, palapa_unaccent(${text})), ${sql.raw(`'${weight}'`)})`;
}

const nameWords = searchDocument('A', sql`coalesce(name->>'id', '') || ' ' || coalesce(name->>'en', '')`);
const keywordWords = searchDocument('B', sql`keywords::text`);
const summaryWords = searchDocument('C', sql`coalesce(summary->>'id', '') || ' ' || coalesce(summary->>'en', '')`);
const descriptionWords = searchDocument('D', sql`coalesce(description->>'id', '') || ' ' || coalesce(description->>'en', '')`);

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
    /** A link service an admin allowed to be embedded: its iframe's sandbox. Null: opened in a new tab only. */
    linkEmbed: jsonb().$type<LinkEmbed>(),
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
    /**
     * What catalogue search matches: names (weight A), keywords (B), summaries (C) and descriptions
     * (D) in both languages, accents removed, words kept as written ('simple': no stemming, which
     * would treat Indonesian with English rules). Computed by PostgreSQL, never written by us.
     */
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`${nameWords} || ${keywordWords} || ${summaryWords} || ${descriptionWords}`),
    /**
     * What ranks a match: the same without descriptions. A fraction of the size, so scoring thousands
     * of matches stays cheap; a match in a description alone scores zero and sorts by slug.
     */
    rankVector: tsvector().notNull().generatedAlwaysAs(sql`${nameWords} || ${keywordWords} || ${summaryWords}`),
  },
  (table) => [
    index().on(table.opdId),
    index().on(table.categorySlug),
    index().on(table.enabled),
    index('services_search_vector_index').using('gin', table.searchVector),
    // Browsing pages through enabled services by category, then Indonesian name, then slug.
    index('services_browse_order_index')
      .on(table.categorySlug, sql`(${table.name}->>'id')`, table.slug)
      .where(sql`${table.enabled}`),
    check('services_kind_check', sql`${table.kind} in ('module', 'form', 'link')`),
  ],
);
