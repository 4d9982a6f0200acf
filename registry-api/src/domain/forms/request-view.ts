import type { RequestFile, RequestView } from '@palapa/sdk/forms';
import { and, asc, eq, isNotNull, or } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { formRequests } from '../../db/schema';
import { formDefinitions, formRequestEvents, formUploads, satisfactionResponses, services, users } from '../../db/schema';

// The shapes are the SDK's (one set for the registry, the shell and the console).
export type { RequestView };

export type RequestRow = typeof formRequests.$inferSelect;

/** Builds the view of a request; `forStaff` adds who filed it. */
export async function requestView(db: Database, request: RequestRow, options: { forStaff: boolean }): Promise<RequestView> {
  const [context] = await db
    .select({ slug: services.slug, name: services.name, definition: formDefinitions.definition })
    .from(services)
    .innerJoin(formDefinitions, and(eq(formDefinitions.serviceId, services.id), eq(formDefinitions.version, request.definitionVersion)))
    .where(eq(services.id, request.serviceId));
  if (!context) throw new Error(`request ${request.trackingCode} has no service or definition`);
  const events = await db.select().from(formRequestEvents).where(eq(formRequestEvents.requestId, request.id)).orderBy(asc(formRequestEvents.id));
  const uploads = await db
    .select({ id: formUploads.id, name: formUploads.name, type: formUploads.type, size: formUploads.size, fieldKey: formUploads.fieldKey, eventId: formUploads.eventId })
    .from(formUploads)
    .where(and(eq(formUploads.requestId, request.id), or(isNotNull(formUploads.fieldKey), isNotNull(formUploads.eventId))))
    .orderBy(asc(formUploads.createdAt), asc(formUploads.id));
  const [rating] = await db.select({ at: satisfactionResponses.at }).from(satisfactionResponses).where(eq(satisfactionResponses.requestId, request.id));
  const summary = ({ id, name, type, size }: RequestFile) => ({ id, name, type, size });
  const view: RequestView = {
    trackingCode: request.trackingCode,
    status: request.status,
    dueDate: request.dueDate,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
    definitionVersion: request.definitionVersion,
    service: { slug: context.slug, name: context.name },
    definition: context.definition,
    values: request.values,
    files: uploads.filter((upload) => upload.fieldKey !== null).map(summary),
    timeline: events.map((event) => ({
      status: event.status,
      note: event.note,
      at: event.at.toISOString(),
      attachments: uploads.filter((upload) => upload.eventId === event.id).map(summary),
    })),
    rating: rating ? { submittedAt: rating.at.toISOString() } : null,
    canRate: request.status === 'selesai' && !rating,
  };
  if (options.forStaff) {
    const [citizen] = request.userId ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, request.userId)) : [];
    view.citizen = citizen ?? null;
  }
  return view;
}
