import { and, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, services } from '../../db/schema';
import { rowsOf } from './query-rows';
import { withEntryColumns, type CatalogueEntryRow } from './service-row';

export interface BrowseRow extends CatalogueEntryRow {
  id: string;
  position: number;
  /** The Indonesian name, the second sort key. */
  nameId: string;
  total: number;
}

export interface BrowseBound {
  position: number;
  name: string;
  slug: string;
}

const nameId = sql`${services.name}->>'id'`;

/**
 * One browse page (at most `take` entries) in catalogue order: category position, Indonesian name,
 * slug. Every row also carries the total.
 */
export async function browsePage(db: Database, filters: SQL[], take: number, after: BrowseBound | null, byOpd: boolean): Promise<BrowseRow[]> {
  const total = sql`(select count(*)::int from ${services} where ${and(...filters)})`;
  const page = byOpd ? sortedPage(filters, take, after, total) : pagePerCategory(filters, take, after, total);
  return rowsOf<BrowseRow>(await db.execute(withEntryColumns(page, sql`page.position, page."nameId", page.slug`)));
}

/**
 * Walks the (category, name, slug) index of each category in turn, reading at most `take` entries
 * from each: a page costs the same on page 1 and page 500, and never sorts the whole catalogue.
 */
function pagePerCategory(filters: SQL[], take: number, after: BrowseBound | null, total: SQL): SQL {
  // Within the cursor's own category the page starts after its entry; later categories from their start.
  const bound = after
    ? sql`and (${nameId}, ${services.slug}) > (
        case when c.position = ${after.position}::int then ${after.name}::text else '' end,
        case when c.position = ${after.position}::int then ${after.slug}::text else '' end)`
    : sql``;
  return sql`
    select p.id, c.position, p."nameId", p.slug, ${total} as total
    from ${categories} as c
    cross join lateral (
      select ${services.id} as id, ${nameId} as "nameId", ${services.slug} as slug
      from ${services}
      where ${services.categorySlug} = c.slug and ${and(...filters)} ${bound}
      order by ${nameId}, ${services.slug}
      limit ${take}
    ) as p
    ${after ? sql`where c.position >= ${after.position}::int` : sql``}
    order by c.position, p."nameId", p.slug
    limit ${take}`;
}

/** An OPD runs a few dozen services at most: fetch them by its index and sort them. */
function sortedPage(filters: SQL[], take: number, after: BrowseBound | null, total: SQL): SQL {
  const bound = after
    ? sql`and (${categories.position}, ${nameId}, ${services.slug}) > (${after.position}::int, ${after.name}::text, ${after.slug}::text)`
    : sql``;
  return sql`
    select ${services.id} as id, ${categories.position} as position, ${nameId} as "nameId", ${services.slug} as slug, ${total} as total
    from ${services} join ${categories} on ${categories.slug} = ${services.categorySlug}
    where ${and(...filters)} ${bound}
    order by ${categories.position}, ${nameId}, ${services.slug}
    limit ${take}`;
}
