import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The catalogue's vocabulary: every word of every service's search document, with how many services
 * use it. Search corrects a typo by looking up the nearest words here (trigram distance), which is
 * far more precise on short words than comparing the typo with whole documents. Kept in step with
 * `services` by triggers (migration 0005_search_words_sync).
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text().primaryKey(),
    documents: integer().notNull(),
  },
  (table) => [index('search_words_word_trigram_index').using('gist', table.word.op('gist_trgm_ops'))],
);
