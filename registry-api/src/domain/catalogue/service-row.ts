import { PERMISSIONS, type CatalogueEntry, type Permission, type ServiceDetail } from '@palapa/sdk';
import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
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

/**
 * Completes a page query — `page`, whose rows carry a service `id`, its sort keys and the total —
 * with what each entry shows (what the shell renders and mounts, nothing more), in one statement:
 * the page is sorted on narrow rows first, and only its own rows are joined.
 */
export function withEntryColumns(page: SQL, orderBy: SQL): SQL {
  return sql`
    with page as (${page})
    select page.*,
      ${services.kind} as "kind", ${services.name} as "name", ${services.summary} as "summary",
      ${services.keywords} as "keywords",
      ${categories.slug} as "categorySlug", ${categories.name} as "categoryName",
      ${opds.slug} as "opdSlug", ${opds.name} as "opdName",
      ${pluginVersions.version} as "version", ${pluginVersions.entryUrl} as "entryUrl",
      ${pluginVersions.integrity} as "integrity", ${pluginVersions.manifest}->>'remote' as "remote",
      ${pluginVersions.manifest}->'permissions' as "permissions"
    from page
    join ${services} on ${services.id} = page.id
    join ${opds} on ${opds.id} = ${services.opdId}
    join ${categories} on ${categories.slug} = ${services.categorySlug}
    left join ${pluginVersions} on ${activeApprovedVersion}
    order by ${orderBy}`;
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
  /** The active version's manifest `permissions` (validated at publish; re-checked here, it is jsonb). */
  permissions: unknown;
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
    entry.entry = { url: row.entryUrl, integrity: row.integrity, remote: row.remote, permissions: knownPermissions(row.permissions) };
  }
  return entry;
}

const PERMISSION_SET: ReadonlySet<unknown> = new Set(PERMISSIONS);

/** The permissions the shell may act on: only names the SDK knows, each once. */
function knownPermissions(value: unknown): Permission[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((name): name is Permission => PERMISSION_SET.has(name)))];
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
    permissions: version?.manifest.permissions ?? [],
  });
}

export function toServiceDetail(row: PublishedServiceRow): ServiceDetail {
  const { service } = row;
  return {
    ...toCatalogueEntry(row),
    description: service.description,
    linkUrl: service.linkUrl,
    // Only a link service is ever embedded, whatever a row says.
    linkEmbed: service.kind === 'link' ? (service.linkEmbed ?? null) : null,
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
