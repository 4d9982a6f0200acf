/**
 * The one kind of failure the CLI reports: a sentence in Bahasa Indonesia, then in English, and a
 * non-zero exit. Anything else that escapes a command is shown by its message only, never a stack.
 */
export class CliError extends Error {
  readonly indonesian: string;
  readonly english: string;

  /** The message is both sentences as printed: Indonesian first. */
  constructor(indonesian: string, english: string) {
    super(`${indonesian}\n  ${english}`);
    this.name = 'CliError';
    this.indonesian = indonesian;
    this.english = english;
  }
}

/** What to print for any thrown value, one short paragraph and never a stack trace. */
export function describeFailure(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n').find((line) => line.trim() !== '') ?? 'kesalahan tak dikenal';
  return `Terjadi kesalahan tak terduga: ${firstLine}\n  Unexpected error: ${firstLine}`;
}
