/**
 * `palapa build`: builds the plugin and refuses what the registry or a citizen's phone would
 * suffer from: an invalid manifest, an entry that is not the plugin's federation container, and
 * more JavaScript at mount than the budget.
 */
import type { PluginManifest } from '@palapa/sdk';
import { resolve } from 'node:path';
import { CliError } from '../cli-error';
import { checkFederationEntry } from '../build/federation-entry';
import { kib, mountedFiles, type MountedFile } from '../build/mount-size';
import { runViteBuild } from '../build/run-vite';
import { readBuiltManifest, readSourceManifest } from '../plugin-folder';
import { formatTable } from '../table';

export const DEFAULT_BUDGET_KIB = 50;

export interface BuildOptions {
  /** Gzip KiB of JavaScript allowed at mount. */
  budget?: string;
  /** The plugin folder; defaults to the working directory. */
  dir?: string;
}

/** Parses --budget: a positive number of KiB. */
export function parseBudget(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BUDGET_KIB;
  const budget = Number(value);
  if (!Number.isFinite(budget) || budget <= 0) {
    throw new CliError(`--budget harus angka KiB yang positif, bukan "${value}".`, `--budget must be a positive number of KiB, not "${value}".`);
  }
  return budget;
}

/** The size table printed after a build. */
export function sizeReport(files: MountedFile[], budgetKib: number): string {
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const raw = files.reduce((sum, file) => sum + file.bytes, 0);
  const rows = [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((file) => [file.path.length > 60 ? `…${file.path.slice(-59)}` : file.path, kib(file.bytes), kib(file.gzipBytes)]);
  rows.push(['total / jumlah', kib(raw), kib(total)]);
  return `${formatTable(['JS dimuat saat mount / JS loaded at mount', 'KiB', 'KiB gzip'], rows, [1, 2])}\nanggaran / budget: ${budgetKib} KiB gzip`;
}

/** Fails when the gzip total is over budget, naming the numbers. */
export function assertWithinBudget(files: MountedFile[], budgetKib: number): void {
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  if (total > budgetKib * 1024) {
    throw new CliError(
      `Bundle terlalu besar: ${kib(total)} KiB gzip dimuat saat mount, melebihi anggaran ${budgetKib} KiB.`,
      `The bundle is too large: ${kib(total)} KiB gzip loaded at mount, over the ${budgetKib} KiB budget.`,
    );
  }
}

/** Checks an existing dist/ (after a build, or before a publish). */
export async function checkBuild(root: string): Promise<{ manifest: PluginManifest; files: MountedFile[] }> {
  const distDir = resolve(root, 'dist');
  const manifest = await readBuiltManifest(root);
  await checkFederationEntry(distDir, manifest);
  const files = await mountedFiles(distDir, manifest.entry);
  return { manifest, files };
}

export async function buildCommand(options: BuildOptions): Promise<void> {
  const root = resolve(options.dir ?? process.cwd());
  const budget = parseBudget(options.budget);
  const source = await readSourceManifest(root);
  console.log(`Membangun / building ${source.slug}@${source.version}…`);
  await runViteBuild(root);
  const { manifest, files } = await checkBuild(root);
  console.log(sizeReport(files, budget));
  assertWithinBudget(files, budget);
  console.log(`Build ${manifest.slug}@${manifest.version} lolos pemeriksaan; siap palapa publish. / Build checked; ready for palapa publish.`);
}
