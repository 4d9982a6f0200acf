import type { z } from 'zod';

// The page cursors of the keyset-paged lists whose sort key is more than one serial id: opaque to
// clients, base64url of a small JSON object the list checks with its own schema.

export function encodeJsonCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The payload of a cursor the list gave out, or null when the text is not one (the list answers 400). */
export function decodeJsonCursor<T extends z.ZodType>(text: string, schema: T): z.output<T> | null {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
