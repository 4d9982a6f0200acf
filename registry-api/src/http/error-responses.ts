import { z } from '@hono/zod-openapi';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string().openapi({ example: 'Invalid input — email: Invalid email address.' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorBodySchema } } });

/** The refusals a route may answer with, for the OpenAPI document. */
export const errorResponses = {
  400: errorResponse('The input is invalid; the message names the field and the fix.'),
  401: errorResponse('Sign in, or send a valid API token.'),
  403: errorResponse('Signed in, but not allowed to do this.'),
  404: errorResponse('No such thing.'),
  409: errorResponse('It conflicts with what exists (e.g. an immutable version).'),
  413: errorResponse('The body is too large.'),
  429: errorResponse('Too many attempts; wait and retry.'),
} as const;

export function pickErrors<K extends keyof typeof errorResponses>(...codes: K[]): Pick<typeof errorResponses, K> {
  return Object.fromEntries(codes.map((code) => [code, errorResponses[code]])) as Pick<typeof errorResponses, K>;
}
