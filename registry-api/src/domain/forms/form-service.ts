// Finding a form service and its definition versions: the reads every forms verb starts with.
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { formDefinitions, services } from '../../db/schema';
import { DomainError, NotFoundError } from '../errors';

export type ServiceRow = typeof services.$inferSelect;
export type DefinitionRow = typeof formDefinitions.$inferSelect;

/** A form service as staff reach it (enabled or not); 409 for a module or link service. */
export async function loadFormServiceForStaff(db: Database, slug: string): Promise<ServiceRow> {
  const [row] = await db.select().from(services).where(eq(services.slug, slug)).limit(1);
  if (!row) throw new NotFoundError(`No service "${slug}".`);
  if (row.kind !== 'form') {
    throw new DomainError('not_a_form_service', `"${slug}" is a ${row.kind} service; only form services have a form definition.`);
  }
  return row;
}

/** A form service as citizens reach it: enabled, else the same 404 as an unknown slug. */
export async function loadPublicFormService(db: Database, slug: string): Promise<ServiceRow> {
  const [row] = await db
    .select()
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.kind, 'form'), eq(services.enabled, true)))
    .limit(1);
  if (!row) throw new NotFoundError(`No form service "${slug}" is open for requests.`);
  return row;
}

export async function currentDefinition(db: Database, serviceId: string): Promise<DefinitionRow | null> {
  const [row] = await db.select().from(formDefinitions).where(eq(formDefinitions.serviceId, serviceId)).orderBy(desc(formDefinitions.version)).limit(1);
  return row ?? null;
}

export async function definitionVersion(db: Database, serviceId: string, version: number): Promise<DefinitionRow | null> {
  const [row] = await db
    .select()
    .from(formDefinitions)
    .where(and(eq(formDefinitions.serviceId, serviceId), eq(formDefinitions.version, version)))
    .limit(1);
  return row ?? null;
}
