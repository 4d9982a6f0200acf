import type { CatalogueList, ServiceDetail, ServiceKind } from '@palapa/sdk';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { opds, services } from '../../db/schema';
import { NotFoundError } from '../errors';
import { browsePage } from './browse-page';
import { decodeCursor, encodeCursor, queryFingerprint } from './catalogue-cursor';
import { countMatches, searchPage } from './search-page';
import { buildTsquery, searchWords } from './search-terms';
import { entryFromRow, selectPublishedServices, toServiceDetail } from './service-row';

/** A page when the client asks for none: the whole catalogue of a city (~300 services) fits in it. */
export const DEFAULT_UNPAGED_LIMIT = 500;
/** A page of search results, or any page after the first, when the client names no limit. */
export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 100;

export interface CatalogueQuery {
  category?: string | undefined;
  opd?: string | undefined;
  kind?: ServiceKind | undefined;
  /** Free text, Bahasa Indonesia or English; typos are corrected. */
  q?: string | undefined;
  limit?: number | undefined;
  /** The `nextCursor` of the previous page. */
  cursor?: string | undefined;
}

/** A query reduced to what decides its answer: equal plans give equal responses (the cache key). */
export interface CataloguePlan {
  category: string | null;
  opd: string | null;
  kind: ServiceKind | null;
  /** The search words, or null to browse. */
  words: string[] | null;
  limit: number;
  cursor: string | null;
}

export function planCatalogueQuery(query: CatalogueQuery): CataloguePlan {
  // A cleared search box (q empty or blank) browses; a q of punctuation alone searches for nothing.
  const words = query.q !== undefined && query.q.trim() !== '' ? searchWords(query.q) : null;
  const paged = words !== null || query.cursor !== undefined;
  return {
    category: query.category ?? null,
    opd: query.opd ?? null,
    kind: query.kind ?? null,
    words,
    limit: query.limit ?? (paged ? DEFAULT_PAGE_LIMIT : DEFAULT_UNPAGED_LIMIT),
    cursor: query.cursor ?? null,
  };
}

export function planKey(plan: CataloguePlan): string {
  return JSON.stringify([plan.category, plan.opd, plan.kind, plan.words, plan.limit, plan.cursor]);
}

/**
 * Lists enabled services a page at a time. Without search words, in catalogue order: category, then
 * Indonesian name, then slug. With them, the best match first (names weigh most, then keywords,
 * then summaries; a match in a description alone comes last), ties by slug. `total` counts every
 * match, not just this page.
 */
export async function listCatalogue(db: Database, plan: CataloguePlan): Promise<CatalogueList> {
  const fingerprint = queryFingerprint([plan.words === null ? 'browse' : 'search', plan.category, plan.opd, plan.kind, plan.words]);
  const cursor = plan.cursor === null ? null : decodeCursor(plan.cursor, fingerprint);
  const filters = filterConditions(plan);
  const take = plan.limit + 1; // one more than the page: whether there is a next page

  if (plan.words === null) {
    const after = cursor?.mode === 'browse' ? cursor : null;
    const rows = await browsePage(db, filters, take, after, plan.opd !== null);
    const last = rows.length > plan.limit ? rows[plan.limit - 1] : undefined;
    return {
      items: rows.slice(0, plan.limit).map(entryFromRow),
      total: rows[0]?.total ?? (await countMatches(db, filters, null)),
      nextCursor: last ? encodeCursor({ mode: 'browse', position: last.position, name: last.nameId, slug: last.slug }, fingerprint) : null,
    };
  }

  const tsquery = await buildTsquery(db, plan.words);
  if (tsquery === null) return { items: [], total: 0, nextCursor: null };
  const after = cursor?.mode === 'search' ? cursor : null;
  const rows = await searchPage(db, filters, tsquery, take, after);
  const last = rows.length > plan.limit ? rows[plan.limit - 1] : undefined;
  return {
    items: rows.slice(0, plan.limit).map(entryFromRow),
    total: rows[0]?.total ?? (await countMatches(db, filters, tsquery)),
    nextCursor: last ? encodeCursor({ mode: 'search', score: last.score, slug: last.slug }, fingerprint) : null,
  };
}

function filterConditions(plan: CataloguePlan): SQL[] {
  const conditions: SQL[] = [eq(services.enabled, true)];
  if (plan.category !== null) conditions.push(eq(services.categorySlug, plan.category));
  // A subquery rather than a join, so that the same conditions work in every query of a page.
  if (plan.opd !== null) conditions.push(sql`${services.opdId} = (select ${opds.id} from ${opds} where ${opds.slug} = ${plan.opd})`);
  if (plan.kind !== null) conditions.push(eq(services.kind, plan.kind));
  return conditions;
}

/** The full service with its standar pelayanan; a disabled or unknown service is not found. */
export async function getPublishedService(db: Database, slug: string): Promise<ServiceDetail> {
  const [row] = await selectPublishedServices(db)
    .where(and(eq(services.slug, slug), eq(services.enabled, true)))
    .limit(1);
  if (!row) throw new NotFoundError(`No service "${slug}" is published in this portal.`);
  return toServiceDetail(row);
}
