import type { CatalogueEntry, ServiceDetail } from '@palapa/sdk';
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, opds, pluginVersions, services } from '../../db/schema';

// The search documents are for the planner only: they never leave the database.
const { searchVector: _searchVector, rankVector: _rankVector, ...serviceColumns } = getTableColumns(services);

/** Only an approved active version reaches citizens. */
const activeApprovedVersion = and(eq(pluginVersions.id, services.activeVersionId), eq(pluginVersions.status, 'approved'));

/**
 * The one query behind a service's page: an enabled service with its OPD, category and active
 * version, and everything its standar pelayanan says.
 */
export function selectPublishedServices(db: Database) {
  return db
    .select({ service: serviceColumns, opd: opds, category: categories, version: pluginVersions })
    .from(services)
    .innerJoin(opds, eq(opds.id, services.opdId))
    .innerJoin(categories, eq(categories.slug, services.categorySlug))
    .leftJoin(pluginVersions, activeApprovedVersion)
    .$dynamic();
}

export type PublishedServiceRow = Awaited<ReturnType<ReturnType<typeof selectPublishedServices>['execute']>>[number];

/** What a catalogue list reads per service: what the shell renders and mounts, nothing more. */
const catalogueEntryColumns = {
  slug: services.slug,
  kind: services.kind,
  name: services.name,
  summary: services.summary,
  keywords: services.keywords,
  categorySlug: categories.slug,
  categoryName: categories.name,
  opdSlug: opds.slug,
  opdName: opds.name,
  version: pluginVersions.version,
  entryUrl: pluginVersions.entryUrl,
  integrity: pluginVersions.integrity,
  remote: sql<string | null>`${pluginVersions.manifest}->>'remote'`,
};

/**
 * The entries of one page, in the order of `ids` (found by a narrow query that sorted only ids and
 * sort keys). A service disabled in between is simply left out; the change also empties the cache.
 */
export async function entriesByIds(db: Database, ids: readonly string[]): Promise<CatalogueEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: services.id, ...catalogueEntryColumns })
    .from(services)
    .innerJoin(opds, eq(opds.id, services.opdId))
    .innerJoin(categories, eq(categories.slug, services.categorySlug))
    .leftJoin(pluginVersions, activeApprovedVersion)
    .where(and(inArray(services.id, [...ids]), eq(services.enabled, true)));
  const byId = new Map(rows.map((row) => [row.id, entryFromRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface CatalogueEntryRow {
  slug: string;
  kind: CatalogueEntry['kind'];
  name: CatalogueEntry['name'];
  summary: CatalogueEntry['summary'];
  keywords: string[];
  categorySlug: string;
  categoryName: CatalogueEntry['name'];
  opdSlug: string;
  opdName: string;
  version: string | null;
  entryUrl: string | null;
  integrity: string | null;
  remote: string | null;
}

export function entryFromRow(row: CatalogueEntryRow): CatalogueEntry {
  const entry: CatalogueEntry = {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    summary: row.summary,
    category: { slug: row.categorySlug, name: row.categoryName },
    opd: { slug: row.opdSlug, name: row.opdName },
    keywords: row.keywords,
    version: row.version,
  };
  if (row.kind === 'module' && row.version !== null && row.entryUrl !== null && row.integrity !== null && row.remote !== null) {
    entry.entry = { url: row.entryUrl, integrity: row.integrity, remote: row.remote };
  }
  return entry;
}

export function toCatalogueEntry(row: PublishedServiceRow): CatalogueEntry {
  const { service, opd, category, version } = row;
  return entryFromRow({
    slug: service.slug,
    kind: service.kind,
    name: service.name,
    summary: service.summary,
    keywords: service.keywords,
    categorySlug: category.slug,
    categoryName: category.name,
    opdSlug: opd.slug,
    opdName: opd.name,
    version: version?.version ?? null,
    entryUrl: version?.entryUrl ?? null,
    integrity: version?.integrity ?? null,
    remote: version?.manifest.remote ?? null,
  });
}

export function toServiceDetail(row: PublishedServiceRow): ServiceDetail {
  const { service } = row;
  return {
    ...toCatalogueEntry(row),
    description: service.description,
    linkUrl: service.linkUrl,
    standard: {
      requirements: service.requirements,
      procedure: service.procedure,
      processingTime: service.processingTime,
      fee: service.fee,
      product: service.product,
      complaintChannel: service.complaintChannel,
      legalBasis: service.legalBasis,
    },
  };
}
