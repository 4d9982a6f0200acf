import { skmIndex, type SkmElement } from '@palapa/sdk/forms';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { satisfactionResponses } from '../../db/schema';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { officerService } from './officer-access';

export type SatisfactionIndex =
  | { responses: number; index: number; grade: 'A' | 'B' | 'C' | 'D'; elements: Record<SkmElement, number> }
  | { responses: 0; index: null; grade: null; elements: null };

/** The service's IKM (the SKM index) from every rating of its requests. */
export async function satisfactionIndex(ctx: DomainContext, input: unknown): Promise<SatisfactionIndex> {
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await officerService(ctx, slug);
  const rows = await ctx.db.select({ scores: satisfactionResponses.scores }).from(satisfactionResponses).where(eq(satisfactionResponses.serviceId, service.id));
  const index = skmIndex(rows.map((row) => row.scores));
  return index ?? { responses: 0, index: null, grade: null, elements: null };
}
