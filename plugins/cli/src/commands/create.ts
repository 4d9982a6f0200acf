/** `palapa create <slug>`: scaffolds a plugin folder that `palapa build` accepts as it is. */
import { cancel, intro, isCancel, outro, text } from '@clack/prompts';
import { isSlug, SLUG_MAX_LENGTH } from '@palapa/sdk';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { CliError } from '../cli-error';
import { pluginFiles, type PluginTemplateInput } from '../scaffold/plugin-template';

export interface CreateOptions {
  nameId?: string;
  nameEn?: string;
  opd?: string;
  /** Accept defaults for whatever was not given, never prompting. */
  yes?: boolean;
  /** The parent folder; the plugin goes into `<dir>/<slug>`. */
  dir?: string;
}

/** Refuses a slug the registry would refuse, with the rule in the sentence. */
export function assertSlug(slug: string): void {
  if (!isSlug(slug)) {
    throw new CliError(
      `Slug "${slug}" tidak valid: pakai huruf kecil, angka dan tanda hubung tunggal, paling panjang ${SLUG_MAX_LENGTH} karakter (misalnya cek-pbb).`,
      `The slug "${slug}" is invalid: use lowercase letters, digits and single dashes, at most ${SLUG_MAX_LENGTH} characters (e.g. cek-pbb).`,
    );
  }
}

/** "cek-pbb" → "Cek Pbb": a placeholder name for --yes, to be edited in palapa.json. */
export const titleFromSlug = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** Fills in what the flags left out: prompts on a terminal, defaults with --yes, refuses otherwise. */
export async function resolveTemplateInput(slug: string, options: CreateOptions, interactive: boolean): Promise<PluginTemplateInput> {
  const given = { id: options.nameId?.trim(), en: options.nameEn?.trim(), opd: options.opd?.trim() };
  if (options.yes || !interactive) {
    if (!given.id && !options.yes) {
      throw new CliError(
        'Nama layanan belum diisi: berikan --name-id (dan --name-en), atau --yes untuk nama sementara.',
        'The service name is missing: pass --name-id (and --name-en), or --yes for a placeholder name.',
      );
    }
    const id = given.id || titleFromSlug(slug);
    return { slug, name: { id, en: given.en || id }, opd: given.opd || 'OPD' };
  }
  intro(`palapa create ${slug}`);
  const ask = async (message: string, initial: string | undefined, placeholder: string, required: boolean) => {
    if (initial) return initial;
    const answer = await text({
      message,
      placeholder,
      validate: (value) => (required && !value?.trim() ? 'Wajib diisi / Required' : undefined),
    });
    if (isCancel(answer)) {
      cancel('Dibatalkan / Cancelled');
      throw new CliError('Dibatalkan; tidak ada berkas yang ditulis.', 'Cancelled; no file was written.');
    }
    return answer.trim();
  };
  const id = await ask('Nama layanan (Bahasa Indonesia) / Service name (Indonesian)', given.id, 'Cek PBB', true);
  const en = await ask('Nama layanan (English) / Service name (English)', given.en, 'Property tax check', false);
  const opd = await ask('OPD pemilik layanan / Owning department (OPD)', given.opd, 'BPKPD', true);
  return { slug, name: { id, en: en || id }, opd };
}

/** Writes the plugin's files into `<dir>/<slug>`, which must not exist or be empty. */
export async function writePlugin(target: string, input: PluginTemplateInput): Promise<string[]> {
  if (existsSync(target) && (await readdir(target)).length > 0) {
    throw new CliError(`Folder ${target} sudah ada dan berisi; pilih slug atau folder lain.`, `The folder ${target} already exists and is not empty; choose another slug or folder.`);
  }
  const written: string[] = [];
  for (const [path, content] of pluginFiles(input)) {
    const file = join(target, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    written.push(path);
  }
  return written;
}

export async function createCommand(slug: string, options: CreateOptions): Promise<void> {
  assertSlug(slug);
  const target = resolve(options.dir ?? process.cwd(), slug);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const input = await resolveTemplateInput(slug, options, interactive);
  const written = await writePlugin(target, input);
  const shown = relative(process.cwd(), target) || '.';
  const summary = [
    `Plugin ${input.name.id} dibuat di ${shown} (${written.length} berkas). / Plugin created in ${shown}.`,
    `Berikutnya / next:  cd ${shown} && palapa build`,
  ].join('\n');
  if (interactive && !options.yes) outro(summary);
  else console.log(summary);
}
