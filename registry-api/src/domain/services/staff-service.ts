// What publishers and admins see of a service: the catalogue fields plus the switches citizens do
// not see (enabled, the active version).
import type { LinkEmbed, LocalizedText, ServiceKind, ServiceStandard } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories, opds, pluginVersions, services } from '../../db/schema';
import { NotFoundError } from '../errors';

export interface StaffService {
  slug: string;
  kind: ServiceKind;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  category: { slug: string; name: LocalizedText };
  opd: { slug: string; name: string };
  keywords: string[];
  linkUrl: string | null;
  /** A link service's iframe sandbox, set by an admin; null: it opens in a new tab only. */
  linkEmbed: LinkEmbed | null;
  standard: ServiceStandard;
  enabled: boolean;
  /** The version citizens get, or null (module services before their first activation, forms, links). */
  activeVersion: string | null;
  createdAt: string;
  updatedAt: string;
}

export function selectStaffServices(db: Database) {
  return db
    .select({ service: services, opd: { slug: opds.slug, name: opds.name }, category: categories, activeVersion: pluginVersions.version })
    .from(services)
    .innerJoin(opds, eq(opds.id, services.opdId))
    .innerJoin(categories, eq(categories.slug, services.categorySlug))
    .leftJoin(pluginVersions, eq(pluginVersions.id, services.activeVersionId))
    .$dynamic();
}

type StaffServiceRow = Awaited<ReturnType<ReturnType<typeof selectStaffServices>['execute']>>[number];

export function toStaffService({ service, opd, category, activeVersion }: StaffServiceRow): StaffService {
  return {
    slug: service.slug,
    kind: service.kind,
    name: service.name,
    summary: service.summary,
    description: service.description,
    category: { slug: category.slug, name: category.name },
    opd,
    keywords: service.keywords,
    linkUrl: service.linkUrl,
    linkEmbed: service.linkEmbed ?? null,
    standard: {
      requirements: service.requirements,
      procedure: service.procedure,
      processingTime: service.processingTime,
      fee: service.fee,
      product: service.product,
      complaintChannel: service.complaintChannel,
      legalBasis: service.legalBasis,
    },
    enabled: service.enabled,
    activeVersion: activeVersion ?? null,
    createdAt: service.createdAt.toISOString(),
    updatedAt: service.updatedAt.toISOString(),
  };
}

/** One service as staff see it; `db` may be the mutation's transaction. */
export async function findStaffService(db: Database, slug: string): Promise<StaffService> {
  const [row] = await selectStaffServices(db).where(eq(services.slug, slug)).limit(1);
  if (!row) throw new NotFoundError(`No service "${slug}".`);
  return toStaffService(row);
}

/** The service row a mutation works on, or a 404. In a transaction, `lock` holds it until commit. */
export async function loadService(db: Database, slug: string, options: { lock?: boolean } = {}): Promise<typeof services.$inferSelect> {
  const query = db.select().from(services).where(eq(services.slug, slug)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`No service "${slug}".`);
  return row;
}
