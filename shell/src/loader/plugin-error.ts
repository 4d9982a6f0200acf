/** Why a plugin did not run; the shell explains each kind in the citizen's language. */
export type PluginFailure = 'load' | 'timeout' | 'mount' | 'invalid' | 'missing';

export class PluginError extends Error {
  constructor(
    readonly failure: PluginFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PluginError';
  }
}

/** Rejects with a `timeout` PluginError when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PluginError('timeout', `${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
