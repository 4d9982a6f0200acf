/** The back end's own check of what the plugin sends (the plugin checks first, in the citizen's language). */
import { z } from 'zod';
import { parseName, parsePhone } from '../../src/contact';

const phone = z.string().max(40).transform((text, ctx) => {
  const parsed = parsePhone(text);
  if (parsed.ok) return parsed.phone;
  ctx.addIssue({ code: 'custom', message: `phone: ${parsed.problem}` });
  return z.NEVER;
});

const name = z.string().max(200).transform((text, ctx) => {
  const parsed = parseName(text);
  if (parsed.ok) return parsed.name;
  ctx.addIssue({ code: 'custom', message: `name: ${parsed.problem}` });
  return z.NEVER;
});

export const bookingRequestSchema = z.strictObject({
  counter: z.string().regex(/^[a-z0-9-]{1,40}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  name,
  phone,
});

export const cancelRequestSchema = z.strictObject({ phone });

export const bookingCodeSchema = z.string().regex(/^MPP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

/** The field → problem list of a failed parse, for the 400 body. */
export function fieldProblems(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'body');
    fields[field] ??= issue.message.replace(/^\w+: /, '');
  }
  return fields;
}
