// Which back end a gateway request goes to, and whether the citizen's identity may travel with it.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { pluginVersions, serviceUpstreams, services } from '../../db/schema';
import { DomainError, NotFoundError } from '../errors';

export interface GatewayTarget {
  serviceId: string;
  slug: string;
  upstream: string;
  /** The active approved version's manifest asks for `user.profile`. */
  sharesIdentity: boolean;
}

/**
 * One query per request, so a kill switch or a rollback applies to the very next call. Refusals
 * say, in Indonesian then English, what is missing.
 */
export async function resolveGatewayTarget(db: Database, slug: string): Promise<GatewayTarget> {
  const [row] = await db
    .select({
      serviceId: services.id,
      enabled: services.enabled,
      versionStatus: pluginVersions.status,
      permissions: pluginVersions.manifest,
      upstream: serviceUpstreams.url,
    })
    .from(services)
    .leftJoin(pluginVersions, eq(pluginVersions.id, services.activeVersionId))
    .leftJoin(serviceUpstreams, and(eq(serviceUpstreams.serviceId, services.id), eq(serviceUpstreams.status, 'approved')))
    .where(eq(services.slug, slug))
    .limit(1);
  if (!row) throw new NotFoundError(`Layanan "${slug}" tidak ditemukan. / No service "${slug}".`);
  if (!row.enabled) {
    throw new DomainError('forbidden', `Layanan "${slug}" sedang dinonaktifkan. / The service "${slug}" is switched off.`);
  }
  if (row.versionStatus !== 'approved') {
    throw new NotFoundError(`Layanan "${slug}" belum punya versi aktif yang disetujui. / "${slug}" has no active approved version.`);
  }
  if (!row.upstream) {
    throw new NotFoundError(`Layanan "${slug}" belum punya back end yang disetujui. / "${slug}" has no approved upstream.`);
  }
  const permissions = row.permissions?.permissions ?? [];
  return { serviceId: row.serviceId, slug, upstream: row.upstream, sharesIdentity: permissions.includes('user.profile') };
}
