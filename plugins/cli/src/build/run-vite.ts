/**
 * Runs a plugin's own Vite build through Vite's JavaScript API, with the config loader the
 * repository's scripts use ('runner': the config is evaluated by Vite's module runner, so
 * `import.meta.dirname` and TypeScript work in vite.config.ts). Vite is resolved from the plugin's
 * folder first, so a plugin builds with the Vite version it pinned.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Vite from 'vite';
import type { InlineConfig } from 'vite';
import { CliError } from '../cli-error';

type ViteModule = typeof Vite;

/** Vite as the plugin's folder resolves it, else the CLI's own. */
export async function loadVite(root: string): Promise<ViteModule> {
  for (const base of [join(root, 'package.json'), import.meta.filename]) {
    try {
      const path = createRequire(base).resolve('vite');
      return (await import(pathToFileURL(path).href)) as ViteModule;
    } catch {
      // Try the next place.
    }
  }
  throw new CliError('Vite tidak ditemukan; jalankan npm install di folder plugin.', 'Vite is not installed; run npm install in the plugin folder.');
}

/** The inline config shared by build and dev: the plugin's vite.config.ts does the real work. */
export function viteConfig(root: string, extra: InlineConfig = {}): InlineConfig {
  return { root, configLoader: 'runner', logLevel: 'warn', mode: 'production', ...extra };
}

/** Vite's warnings, but not its errors: the CLI reports a failed build itself, in one sentence. */
function warningsOnlyLogger(vite: ViteModule): Vite.Logger {
  const logger = vite.createLogger('warn');
  return { ...logger, error: () => {} };
}

/**
 * @module-federation/vite drops its plugins when it thinks it runs under a test runner (NODE_ENV=test,
 * VITEST, JEST_WORKER_ID are inherited by child processes of a test); `palapa` always wants the real
 * remote, so it sets the library's own documented switch.
 */
export function forceFederationBuild(env: NodeJS.ProcessEnv = process.env): void {
  env.MFE_VITE_NO_TEST_ENV_CHECK = 'true';
}

/**
 * The sentence that says what went wrong in a Vite/Rolldown error, with the file and line when the
 * error's code frame names them, without colours or the "Build failed with N errors" header.
 */
export function viteErrorSentence(error: unknown): string {
  // eslint-disable-next-line no-control-regex -- removing terminal colour codes is the point
  const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line && !/^Build failed with \d+ errors?:?$/.test(line));
  const sentence = lines[0] ?? 'unknown error';
  const where = /\[\s*([^\s\]]+:\d+:\d+)\s*\]/.exec(text)?.[1];
  return where && !sentence.includes(where) ? `${sentence} (${where})` : sentence;
}

/** Builds the plugin into dist/, failing with Vite's own sentence for the problem. */
export async function runViteBuild(root: string): Promise<void> {
  const vite = await loadVite(root);
  forceFederationBuild();
  try {
    await vite.build(viteConfig(root, { customLogger: warningsOnlyLogger(vite) }));
  } catch (error) {
    const message = viteErrorSentence(error);
    throw new CliError(`Build Vite gagal: ${message}`, `The Vite build failed: ${message}`);
  }
}
