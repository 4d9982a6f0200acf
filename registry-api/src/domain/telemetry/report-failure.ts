// A shell reports that a plugin failed (telemetry, issue 4). Anyone may report, signed in or not,
// so the body is only ever stored, cut to size and cleaned of text PostgreSQL would refuse.
import { z } from 'zod';
import { PLUGIN_FAILURE_PHASES, pluginFailures } from '../../db/schema';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';

const MESSAGE_MAX = 500;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Lone surrogates become U+FFFD and control characters (NUL included) spaces: an error message may hold anything. */
const storable = (max: number) => (text: string) =>
  text.slice(0, max).replace(/\p{Cs}/gu, '\ufffd').replace(CONTROL, ' ');

/** Unknown keys are dropped rather than refused, so an older registry accepts a newer shell's reports. */
export const failureReportSchema = z.object({
  slug: slugSchema,
  version: z.string().max(200).transform(storable(64)).nullable(),
  phase: z.enum(PLUGIN_FAILURE_PHASES),
  message: z.string().max(20_000).transform(storable(MESSAGE_MAX)).describe(`stored cut to ${MESSAGE_MAX} characters`),
  reportedByCitizen: z.boolean(),
});

export async function reportPluginFailure(ctx: DomainContext, input: unknown): Promise<void> {
  const report = parseInput(failureReportSchema, input);
  await ctx.db.insert(pluginFailures).values({ ...report, ip: ctx.ip });
}
