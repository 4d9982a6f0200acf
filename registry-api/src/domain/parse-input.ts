import type { z } from 'zod';
import { InputError } from './errors';

/** Parses a verb's input with its schema, or throws the 400 that names each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  return parsed.data;
}
