import type { CatalogueEntry, ServiceDetail } from '@palapa/sdk';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, opds, pluginVersions, services } from '../../db/schema';

/**
 * The one query behind the catalogue: enabled services with their OPD, category and active
 * version. Only an approved active version reaches citizens.
 */
export function selectPublishedServices(db: Database) {
  return db
    .select({ service: services, opd: opds, category: categories, version: pluginVersions })
    .from(services)
    .innerJoin(opds, eq(opds.id, services.opdId))
    .innerJoin(categories, eq(categories.slug, services.categorySlug))
    .leftJoin(
      pluginVersions,
      and(eq(pluginVersions.id, services.activeVersionId), eq(pluginVersions.status, 'approved')),
    )
    .$dynamic();
}

export type PublishedServiceRow = Awaited<ReturnType<ReturnType<typeof selectPublishedServices>['execute']>>[number];

export function toCatalogueEntry(row: PublishedServiceRow): CatalogueEntry {
  const { service, opd, category, version } = row;
  const entry: CatalogueEntry = {
    slug: service.slug,
    kind: service.kind,
    name: service.name,
    summary: service.summary,
    category: { slug: category.slug, name: category.name },
    opd: { slug: opd.slug, name: opd.name },
    keywords: service.keywords,
    version: version?.version ?? null,
  };
  if (service.kind === 'module' && version) {
    entry.entry = { url: version.entryUrl, integrity: version.integrity, remote: version.manifest.remote };
  }
  return entry;
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
