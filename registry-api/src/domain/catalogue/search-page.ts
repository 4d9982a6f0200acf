import { and, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { services } from '../../db/schema';
import { rowsOf } from './query-rows';
import { withEntryColumns, type CatalogueEntryRow } from './service-row';

export interface SearchRow extends CatalogueEntryRow {
  id: string;
  score: number;
  total: number;
}

export interface SearchBound {
  score: number;
  slug: string;
}

// ts_rank's weights for D, C, B, A: names count most, then keywords, then summaries.
const WEIGHTS = sql.raw(`'{0.05, 0.2, 0.5, 1.0}'::float4[]`);

/**
 * One page of search results (at most `take`), best first, ties by slug; every row also carries the
 * total. Matching uses the GIN index on the full search document; ranking reads only the smaller
 * rank document. The score is an integer so that a cursor's score compares exactly with the score
 * computed again for the next page.
 */
export async function searchPage(db: Database, filters: SQL[], tsquery: string, take: number, after: SearchBound | null): Promise<SearchRow[]> {
  const query = sql`${tsquery}::tsquery`;
  const bound = after ? sql`where score < ${after.score}::int or (score = ${after.score}::int and slug > ${after.slug}::text)` : sql``;
  const page = sql`
    with matches as materialized (
      select ${services.id} as id, ${services.slug} as slug,
        (ts_rank(${WEIGHTS}, ${services.rankVector}, ${query}) * 1000000)::int as score
      from ${services}
      where ${and(...filters, sql`${services.searchVector} @@ ${query}`)}
    )
    select id, slug, score, (select count(*)::int from matches) as total
    from matches ${bound}
    order by score desc, slug
    limit ${take}`;
  return rowsOf<SearchRow>(await db.execute(withEntryColumns(page, sql`page.score desc, page.slug`)));
}

/** How many services match, for a page that came back empty (a cursor past the end). */
export async function countMatches(db: Database, filters: SQL[], tsquery: string | null): Promise<number> {
  const matching = tsquery === null ? filters : [...filters, sql`${services.searchVector} @@ ${sql`${tsquery}::tsquery`}`];
  const [row] = rowsOf<{ total: number }>(await db.execute(sql`select count(*)::int as total from ${services} where ${and(...matching)}`));
  return row?.total ?? 0;
}
