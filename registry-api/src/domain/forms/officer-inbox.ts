import { formFields, type FormDefinition, type FormValues, type RequestStatus } from '@palapa/sdk/forms';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { formDefinitions, formRequests } from '../../db/schema';
import type { DomainContext } from '../context';
import { InputError } from '../errors';
import { decodeJsonCursor, encodeJsonCursor } from '../json-cursor';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { inboxQuerySchema } from './forms-input';
import { officerRequest, officerService } from './officer-access';
import { requestView, type RequestView } from './request-view';

export interface InboxItem {
  trackingCode: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  /** The first text answer, so the inbox shows who or what at a glance. */
  summary: string;
}

const SUMMARY_LENGTH = 80;
/** Where the next page starts: the last row's filing time (ms, as filed) and id. */
const cursorSchema = z.strictObject({ t: z.iso.datetime(), i: z.uuid() });

/** A form service's requests, newest first, a page at a time, optionally of one status. */
export async function listInbox(ctx: DomainContext, input: unknown): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  const { slug, query } = parseInput(z.strictObject({ slug: slugSchema, query: inboxQuerySchema }), input);
  const service = await officerService(ctx, slug);
  const conditions: SQL[] = [eq(formRequests.serviceId, service.id)];
  if (query.status) conditions.push(eq(formRequests.status, query.status));
  if (query.cursor) {
    const after = decodeJsonCursor(query.cursor, cursorSchema);
    if (!after) throw new InputError('cursor: is not a cursor this list gave out; start again without it.');
    conditions.push(sql`(${formRequests.createdAt}, ${formRequests.id}) < (${after.t}::timestamptz, ${after.i}::uuid)`);
  }
  const rows = await ctx.db
    .select()
    .from(formRequests)
    .where(and(...conditions))
    .orderBy(desc(formRequests.createdAt), desc(formRequests.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const versions = [...new Set(page.map((row) => row.definitionVersion))];
  const definitions = versions.length
    ? await ctx.db
        .select({ version: formDefinitions.version, definition: formDefinitions.definition })
        .from(formDefinitions)
        .where(and(eq(formDefinitions.serviceId, service.id), inArray(formDefinitions.version, versions)))
    : [];
  const byVersion = new Map(definitions.map((row) => [row.version, row.definition]));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      trackingCode: row.trackingCode,
      status: row.status,
      dueDate: row.dueDate,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      summary: summaryOf(byVersion.get(row.definitionVersion), row.values),
    })),
    nextCursor: rows.length > query.limit && last ? encodeJsonCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

function summaryOf(definition: FormDefinition | undefined, values: FormValues): string {
  if (!definition) return '';
  for (const field of formFields(definition)) {
    const answer = values[field.key];
    if ((field.type === 'text' || field.type === 'longText') && typeof answer === 'string' && answer.length > 0) {
      return answer.length > SUMMARY_LENGTH ? `${answer.slice(0, SUMMARY_LENGTH - 1)}…` : answer;
    }
  }
  return '';
}

/** One request as its officers see it (who filed it included). */
export async function getOfficerRequest(ctx: DomainContext, input: unknown): Promise<RequestView> {
  const { slug, trackingCode } = parseInput(z.strictObject({ slug: slugSchema, trackingCode: z.string().max(40) }), input);
  const service = await officerService(ctx, slug);
  return requestView(ctx.db, await officerRequest(ctx.db, service, trackingCode), { forStaff: true });
}
