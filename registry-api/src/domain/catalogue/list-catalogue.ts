import type { CatalogueList, ServiceDetail } from '@palapa/sdk';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, opds, services } from '../../db/schema';
import { NotFoundError } from '../errors';
import { selectPublishedServices, toCatalogueEntry, toServiceDetail } from './service-row';

export interface CatalogueFilter {
  category?: string | undefined;
  opd?: string | undefined;
  kind?: 'module' | 'form' | 'link' | undefined;
}

/** Lists the enabled services, ordered by category then Indonesian name (a stable order). */
export async function listCatalogue(db: Database, filter: CatalogueFilter = {}): Promise<CatalogueList> {
  const conditions: SQL[] = [eq(services.enabled, true)];
  if (filter.category) conditions.push(eq(services.categorySlug, filter.category));
  if (filter.opd) conditions.push(eq(opds.slug, filter.opd));
  if (filter.kind) conditions.push(eq(services.kind, filter.kind));
  const rows = await selectPublishedServices(db)
    .where(and(...conditions))
    .orderBy(asc(categories.position), asc(sql`${services.name}->>'id'`), asc(services.slug));
  const items = rows.map(toCatalogueEntry);
  return { items, total: items.length, nextCursor: null };
}

/** The full service with its standar pelayanan; a disabled or unknown service is not found. */
export async function getPublishedService(db: Database, slug: string): Promise<ServiceDetail> {
  const [row] = await selectPublishedServices(db)
    .where(and(eq(services.slug, slug), eq(services.enabled, true)))
    .limit(1);
  if (!row) throw new NotFoundError(`No service "${slug}" is published in this portal.`);
  return toServiceDetail(row);
}
