// Drives the real `palapa` CLI as a child process, and the registry API as its staff would, for the
// CLI's end-to-end test and the plugin-loop benchmark.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI_BIN = fileURLToPath(new URL('../../../plugins/cli/bin/palapa.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `palapa <args>` in `cwd` with `env` added, never throwing: the exit code is the result. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI_BIN, ...args],
      // CI would turn a TTY check on and off; the CLI must behave the same without a terminal.
      { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, ...options.env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Headers of a signed-in staff member: the session cookie and the CSRF token mutations need. */
export async function signInStaff(portalUrl: string, email: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${portalUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { Cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '', 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
}

/** POSTs JSON as `headers`' owner, failing loudly on anything but 2xx. */
export async function postAs<T>(portalUrl: string, headers: Record<string, string>, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${portalUrl}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A valid new module service (POST /api/v1/services) in the demo city's "informasi" category. */
export function moduleServiceBody(slug: string, name: string): Record<string, unknown> {
  const text = (id: string) => ({ id, en: id });
  const list = (...items: string[]) => ({ id: items, en: items });
  return {
    slug,
    kind: 'module',
    name: text(name),
    summary: text('Layanan uji dari CLI palapa.'),
    description: text('Layanan yang dibuat, dibangun dan diterbitkan dengan CLI palapa dalam uji end-to-end.'),
    category: 'informasi',
    keywords: ['uji', 'cli'],
    standard: {
      requirements: list('KTP-el'),
      procedure: list('Buka layanan'),
      processingTime: text('Langsung'),
      fee: text('Gratis'),
      product: text('Informasi'),
      complaintChannel: text('Call Center 112'),
      legalBasis: list('UU 25/2009'),
    },
  };
}

export interface LongRunningCli {
  /** Resolves with the first match of `pattern` in stdout, waiting for more output as needed. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

/** Starts a `palapa` command that keeps running (`palapa dev`). */
export function startCli(args: string[], options: { cwd: string; env?: Record<string, string> }): LongRunningCli {
  const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    waitFor: async (pattern, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`palapa ${args.join(' ')}: no ${pattern} in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
