// The audit log stores what a mutation named (mostly UUIDs) and never changes; staff read slugs,
// emails and names. Labels are joined at read time, so a renamed OPD shows its current name and
// the append-only rows stay untouched. A target that no longer exists simply has no label.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { apiTokens, opds, pluginVersions, services, users } from '../../db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Target = { targetType: string; targetId: string };
type Lookup = (db: Database, ids: string[]) => Promise<Array<{ id: string; label: string }>>;

/** One query per target type on the page; ids that are not UUIDs never reach a uuid column. */
const LOOKUPS: Record<string, { uuids: boolean; lookup: Lookup }> = {
  service: { uuids: true, lookup: (db, ids) => db.select({ id: services.id, label: services.slug }).from(services).where(inArray(services.id, ids)) },
  user: { uuids: true, lookup: (db, ids) => db.select({ id: users.id, label: users.email }).from(users).where(inArray(users.id, ids)) },
  api_token: { uuids: true, lookup: (db, ids) => db.select({ id: apiTokens.id, label: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, ids)) },
  opd: { uuids: false, lookup: (db, slugs) => db.select({ id: opds.slug, label: opds.name }).from(opds).where(inArray(opds.slug, slugs)) },
  plugin_version: {
    uuids: true,
    lookup: async (db, ids) => {
      const rows = await db
        .select({ id: pluginVersions.id, slug: services.slug, version: pluginVersions.version })
        .from(pluginVersions)
        .innerJoin(services, eq(services.id, pluginVersions.serviceId))
        .where(inArray(pluginVersions.id, ids));
      return rows.map((row) => ({ id: row.id, label: `${row.slug}@${row.version}` }));
    },
  },
};

const keyOf = (targetType: string, targetId: string) => `${targetType}\u0000${targetId}`;

/** Readable labels of the page's targets: a function from an entry to its label, or null. */
export async function auditTargetLabels(db: Database, entries: readonly Target[]): Promise<(entry: Target) => string | null> {
  const labels = new Map<string, string>();
  for (const [targetType, { uuids, lookup }] of Object.entries(LOOKUPS)) {
    const ids = [...new Set(entries.filter((entry) => entry.targetType === targetType).map((entry) => entry.targetId))].filter(
      (id) => !uuids || UUID.test(id),
    );
    if (ids.length === 0) continue;
    for (const row of await lookup(db, ids)) labels.set(keyOf(targetType, row.id), row.label);
  }
  return (entry) => labels.get(keyOf(entry.targetType, entry.targetId.toLowerCase())) ?? labels.get(keyOf(entry.targetType, entry.targetId)) ?? null;
}
