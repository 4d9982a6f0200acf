/**
 * Where `palapa login` keeps the registry address and token: `$XDG_CONFIG_HOME/palapa/config.json`
 * (default ~/.config), readable by its owner only. PALAPA_REGISTRY and PALAPA_TOKEN override the
 * file, so CI can publish without ever writing a secret to disk.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from './cli-error';

export interface Credentials {
  registry: string;
  token: string;
}

type Env = Record<string, string | undefined>;

/** The config file's path for this environment. */
export function configPath(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.config');
  return join(base, 'palapa', 'config.json');
}

/** Checks a registry address and returns it without a trailing slash. */
export function normaliseRegistry(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new CliError(
      'Alamat registry tidak valid; tulis lengkap, misalnya https://portal.kota.go.id.',
      'The registry address is not a valid URL; write it in full, e.g. https://portal.kota.go.id.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CliError('Alamat registry harus diawali http:// atau https://.', 'The registry address must start with http:// or https://.');
  }
  if (url.username || url.password) {
    throw new CliError('Alamat registry tidak boleh memuat nama pengguna atau kata sandi.', 'The registry address must not contain a user name or password.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

async function readConfigFile(path: string): Promise<Partial<Credentials>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof Credentials, unknown>>;
    return {
      registry: typeof parsed.registry === 'string' ? parsed.registry : undefined,
      token: typeof parsed.token === 'string' ? parsed.token : undefined,
    };
  } catch {
    throw new CliError(
      `Berkas konfigurasi ${path} rusak; jalankan palapa login lagi.`,
      `The config file ${path} is corrupt; run palapa login again.`,
    );
  }
}

/** The registry and token to use: the environment first, then the config file. */
export async function loadCredentials(env: Env = process.env): Promise<Credentials> {
  const file = await readConfigFile(configPath(env));
  const registry = env.PALAPA_REGISTRY?.trim() || file.registry;
  const token = env.PALAPA_TOKEN?.trim() || file.token;
  if (!registry || !token) {
    throw new CliError(
      'Belum masuk: jalankan palapa login, atau isi PALAPA_REGISTRY dan PALAPA_TOKEN.',
      'Not logged in: run palapa login, or set PALAPA_REGISTRY and PALAPA_TOKEN.',
    );
  }
  return { registry: normaliseRegistry(registry), token };
}

/** Writes the credentials with mode 0600 (and the folder 0700), even over an older, looser file. */
export async function saveCredentials(credentials: Credentials, env: Env = process.env): Promise<string> {
  const path = configPath(env);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode applies only when it creates the file.
  await chmod(path, 0o600);
  return path;
}
