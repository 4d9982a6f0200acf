import type { FormDefinition } from '@palapa/sdk/forms';
import { count, desc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { formDefinitions, formRequests, services, users } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { currentDefinition, loadFormServiceForStaff } from './form-service';
import { publishDefinitionSchema } from './forms-input';
import { isUniqueViolation } from '../unique-violation';
import { ConflictError } from '../errors';

export interface PublishedDefinition {
  version: number;
  definition: FormDefinition;
  processingDays: number;
  createdAt: string;
  createdBy: { name: string };
}

/** Shown for definitions no account wrote (the demo seed's) or whose author's account is gone. */
const NO_AUTHOR = 'Palapa';

/**
 * Publishes version n+1 of a form service's definition, live at once (forms need no approval: they
 * run no code). The service row is locked so two publishers get versions n+1 and n+2, never a clash.
 */
export async function publishDefinition(ctx: DomainContext, input: unknown): Promise<PublishedDefinition> {
  const user = requireStaff(ctx.actor);
  const { slug, body } = parseInput(z.strictObject({ slug: slugSchema, body: publishDefinitionSchema }), input);
  const found = await loadFormServiceForStaff(ctx.db, slug);
  requireActsForOpd(ctx.actor, found.opdId);
  try {
    return await ctx.db.transaction(async (tx) => {
      await tx.select({ id: services.id }).from(services).where(eq(services.id, found.id)).for('update');
      const [latest] = await tx.select({ version: max(formDefinitions.version) }).from(formDefinitions).where(eq(formDefinitions.serviceId, found.id));
      const version = (latest?.version ?? 0) + 1;
      const [row] = await tx
        .insert(formDefinitions)
        .values({ serviceId: found.id, version, definition: body.definition, processingDays: body.processingDays, createdBy: user.userId })
        .returning();
      if (!row) throw new Error('form definition insert returned no row');
      await writeAudit(tx, ctx, {
        action: 'form.publish',
        targetType: 'service',
        targetId: found.id,
        after: { slug, version, processingDays: body.processingDays },
      });
      const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, user.userId));
      return { version, definition: row.definition, processingDays: row.processingDays, createdAt: row.createdAt.toISOString(), createdBy: { name: author?.name ?? NO_AUTHOR } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('Another definition version was published at the same moment; publish again.');
    throw error;
  }
}

export interface DefinitionHistory {
  current: { version: number; definition: FormDefinition; processingDays: number; createdAt: string } | null;
  versions: { version: number; processingDays: number; createdAt: string; createdBy: { name: string }; requests: number }[];
}

/** A form service's definition versions, newest first, with how many requests each has. */
export async function listDefinitions(ctx: DomainContext, input: unknown): Promise<DefinitionHistory> {
  requireStaff(ctx.actor);
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await loadFormServiceForStaff(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  const current = await currentDefinition(ctx.db, service.id);
  const rows = await ctx.db
    .select({ version: formDefinitions.version, processingDays: formDefinitions.processingDays, createdAt: formDefinitions.createdAt, author: users.name })
    .from(formDefinitions)
    .leftJoin(users, eq(users.id, formDefinitions.createdBy))
    .where(eq(formDefinitions.serviceId, service.id))
    .orderBy(desc(formDefinitions.version));
  const counts = await ctx.db
    .select({ version: formRequests.definitionVersion, requests: count() })
    .from(formRequests)
    .where(eq(formRequests.serviceId, service.id))
    .groupBy(formRequests.definitionVersion);
  const requestsOf = new Map(counts.map((row) => [row.version, row.requests]));
  return {
    current: current && {
      version: current.version,
      definition: current.definition,
      processingDays: current.processingDays,
      createdAt: current.createdAt.toISOString(),
    },
    versions: rows.map((row) => ({
      version: row.version,
      processingDays: row.processingDays,
      createdAt: row.createdAt.toISOString(),
      createdBy: { name: row.author ?? NO_AUTHOR },
      requests: requestsOf.get(row.version) ?? 0,
    })),
  };
}
