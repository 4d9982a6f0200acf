// What admins read of the telemetry: failures grouped by plugin, version and phase, the most
// recently failing first.
import { and, desc, eq, gte, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { pluginFailures, type PluginFailurePhase } from '../../db/schema';
import { requireAdmin } from '../auth/authorize';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';

export const failureQuerySchema = z.strictObject({
  slug: slugSchema.optional(),
  since: z.iso.datetime({ offset: true }).optional().describe('ISO 8601; only failures at or after it'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export interface FailureGroup {
  slug: string;
  version: string | null;
  phase: PluginFailurePhase;
  count: number;
  lastMessage: string;
  lastAt: string;
  citizenReports: number;
}

export async function listPluginFailures(ctx: DomainContext, query: unknown): Promise<{ items: FailureGroup[] }> {
  requireAdmin(ctx.actor);
  const { slug, since, limit } = parseInput(failureQuerySchema, query);
  const lastAt = max(pluginFailures.at);
  const rows = await ctx.db
    .select({
      slug: pluginFailures.slug,
      version: pluginFailures.version,
      phase: pluginFailures.phase,
      count: sql<number>`count(*)::int`,
      lastMessage: sql<string>`(array_agg(${pluginFailures.message} order by ${pluginFailures.id} desc))[1]`,
      lastAt,
      citizenReports: sql<number>`(count(*) filter (where ${pluginFailures.reportedByCitizen}))::int`,
    })
    .from(pluginFailures)
    .where(and(slug ? eq(pluginFailures.slug, slug) : undefined, since ? gte(pluginFailures.at, new Date(since)) : undefined))
    .groupBy(pluginFailures.slug, pluginFailures.version, pluginFailures.phase)
    .orderBy(desc(lastAt), pluginFailures.slug)
    .limit(limit);
  return {
    items: rows.map((row) => ({ ...row, count: Number(row.count), citizenReports: Number(row.citizenReports), lastAt: new Date(row.lastAt ?? 0).toISOString() })),
  };
}
