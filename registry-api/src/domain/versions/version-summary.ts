// What staff see of a plugin version: enough for an admin to review it and to pick one to activate.
import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { pluginVersions, users, type VersionStatus } from '../../db/schema';
import { NotFoundError } from '../errors';

export interface VersionSummary {
  version: string;
  status: VersionStatus;
  /** Whether citizens get this version now. */
  active: boolean;
  entryUrl: string;
  integrity: string;
  sizeBytes: number;
  permissions: string[];
  /** The whole published manifest, so a reviewer can compare it with the active version's. */
  manifest: Record<string, unknown>;
  publishedBy: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
}

const publisher = alias(users, 'publisher');
const reviewer = alias(users, 'reviewer');

function selectVersions(db: Database) {
  return db
    .select({ version: pluginVersions, publishedBy: publisher.email, reviewedBy: reviewer.email })
    .from(pluginVersions)
    .leftJoin(publisher, eq(publisher.id, pluginVersions.publishedBy))
    .leftJoin(reviewer, eq(reviewer.id, pluginVersions.reviewedBy))
    .$dynamic();
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof selectVersions>['execute']>>[number];

function toSummary({ version, publishedBy, reviewedBy }: VersionRow, activeVersionId: string | null): VersionSummary {
  return {
    version: version.version,
    status: version.status,
    active: version.id === activeVersionId,
    entryUrl: version.entryUrl,
    integrity: version.integrity,
    sizeBytes: version.sizeBytes,
    permissions: version.manifest.permissions ?? [],
    manifest: { ...version.manifest },
    publishedBy: publishedBy ?? null,
    reviewedBy: reviewedBy ?? null,
    reviewedAt: version.reviewedAt?.toISOString() ?? null,
    reviewNote: version.reviewNote,
    createdAt: version.createdAt.toISOString(),
  };
}

/** A service's versions, newest first. */
export async function versionSummaries(db: Database, service: { id: string; activeVersionId: string | null }): Promise<VersionSummary[]> {
  const rows = await selectVersions(db).where(eq(pluginVersions.serviceId, service.id)).orderBy(desc(pluginVersions.createdAt), desc(pluginVersions.version));
  return rows.map((row) => toSummary(row, service.activeVersionId));
}

export async function versionSummary(db: Database, service: { id: string; activeVersionId: string | null }, version: string): Promise<VersionSummary> {
  const [row] = await selectVersions(db).where(and(eq(pluginVersions.serviceId, service.id), eq(pluginVersions.version, version)));
  if (!row) throw new NotFoundError(`No version ${version} of this service.`);
  return toSummary(row, service.activeVersionId);
}

/** The version row a mutation works on, locked until commit, or a 404 naming it. */
export async function loadVersion(db: Database, service: { id: string; slug: string }, version: string) {
  const [row] = await db
    .select()
    .from(pluginVersions)
    .where(and(eq(pluginVersions.serviceId, service.id), eq(pluginVersions.version, version)))
    .for('update');
  if (!row) throw new NotFoundError(`No version ${version} of "${service.slug}".`);
  return row;
}
