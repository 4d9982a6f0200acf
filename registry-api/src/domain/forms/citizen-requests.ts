// What a citizen reads of their requests: one by tracking code, a batch of statuses (the shell's
// poll for requests kept on the device), and a signed-in citizen's own list.
import type { LocalizedText } from '@palapa/sdk';
import type { RequestStatus } from '@palapa/sdk/forms';
import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { formRequests, services } from '../../db/schema';
import { requireSignedIn } from '../auth/authorize';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { statusPollSchema } from './forms-input';
import { accessRequest } from './request-access';
import { requestView, type RequestView } from './request-view';
import { normaliseTrackingCode } from './tracking-code';
import { verifierKeys, verifierMatches } from './verifier';

const readSchema = z.strictObject({ trackingCode: z.string().max(40), verifier: z.string().max(40).optional() });

export async function getCitizenRequest(ctx: DomainContext, input: unknown): Promise<RequestView> {
  const { trackingCode, verifier } = parseInput(readSchema, input);
  const request = await accessRequest(ctx.db, trackingCode, { actor: ctx.actor, verifier, keys: verifierKeys(ctx.db) });
  return requestView(ctx.db, request, { forStaff: false });
}

export interface StatusItem {
  trackingCode: string;
  status: RequestStatus;
  updatedAt: string;
}

/** The statuses of the pairs whose verifier is right; the others are simply left out. */
export async function pollStatuses(ctx: DomainContext, input: unknown): Promise<{ items: StatusItem[] }> {
  const { items } = parseInput(statusPollSchema, input);
  const codes = [...new Set(items.map((item) => normaliseTrackingCode(item.trackingCode)))];
  const rows = await ctx.db
    .select({ trackingCode: formRequests.trackingCode, status: formRequests.status, updatedAt: formRequests.updatedAt })
    .from(formRequests)
    .where(inArray(formRequests.trackingCode, codes));
  if (rows.length === 0) return { items: [] };
  const key = await verifierKeys(ctx.db).load();
  const matched = rows.filter((row) => items.some((item) => normaliseTrackingCode(item.trackingCode) === row.trackingCode && verifierMatches(key, row.trackingCode, item.verifier)));
  return { items: matched.map((row) => ({ trackingCode: row.trackingCode, status: row.status, updatedAt: row.updatedAt.toISOString() })) };
}

export interface MyRequest {
  trackingCode: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  service: { slug: string; name: LocalizedText };
}

const MY_REQUESTS_LIMIT = 200;

/** A signed-in citizen's requests, newest first (the most recent 200). */
export async function listMyRequests(ctx: DomainContext): Promise<{ items: MyRequest[] }> {
  const user = requireSignedIn(ctx.actor);
  const rows = await ctx.db
    .select({ request: formRequests, slug: services.slug, name: services.name })
    .from(formRequests)
    .innerJoin(services, eq(services.id, formRequests.serviceId))
    .where(eq(formRequests.userId, user.userId))
    .orderBy(desc(formRequests.createdAt), desc(formRequests.id))
    .limit(MY_REQUESTS_LIMIT);
  return {
    items: rows.map(({ request, slug, name }) => ({
      trackingCode: request.trackingCode,
      status: request.status,
      dueDate: request.dueDate,
      createdAt: request.createdAt.toISOString(),
      updatedAt: request.updatedAt.toISOString(),
      service: { slug, name },
    })),
  };
}
