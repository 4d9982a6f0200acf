/**
 * `palapa login`: checks an OPD API token against the registry, then stores the registry and
 * token for the other commands. Nothing is written unless the registry accepted the token.
 */
import { cancel, isCancel, password, text } from '@clack/prompts';
import { CliError } from '../cli-error';
import { normaliseRegistry, saveCredentials, type Credentials } from '../config';
import { redactRegistry, redactToken } from '../redact';
import { registryRequest } from '../registry-client';

export interface LoginOptions {
  registry?: string;
  token?: string;
}

/** A token is good when the registry lets it list its own tokens (any publisher or admin may). */
export async function verifyToken(credentials: Credentials): Promise<number> {
  const { items } = await registryRequest<{ items: unknown[] }>(credentials, '/tokens');
  return items.length;
}

async function prompt(ask: () => Promise<string | symbol>): Promise<string> {
  const answer = await ask();
  if (isCancel(answer) || typeof answer !== 'string') {
    cancel('Dibatalkan / Cancelled');
    throw new CliError('Dibatalkan; tidak ada yang disimpan.', 'Cancelled; nothing was saved.');
  }
  return answer.trim();
}

export async function loginCommand(options: LoginOptions): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let registry = options.registry ?? process.env.PALAPA_REGISTRY;
  let token = options.token ?? process.env.PALAPA_TOKEN;
  if ((!registry || !token) && !interactive) {
    throw new CliError('Berikan --registry dan --token (tidak ada terminal untuk bertanya).', 'Pass --registry and --token (there is no terminal to ask on).');
  }
  registry ??= await prompt(() => text({ message: 'Alamat portal / registry URL', placeholder: 'https://portal.kota.go.id' }));
  token ??= await prompt(() => password({ message: 'Token API (dibuat di konsol portal) / API token (from the portal console)' }));
  if (!token) throw new CliError('Token kosong.', 'The token is empty.');
  const credentials = { registry: normaliseRegistry(registry), token };
  await verifyToken(credentials);
  const path = await saveCredentials(credentials);
  console.log(
    `Token ${redactToken(token)} diterima oleh ${redactRegistry(credentials.registry)} dan disimpan di ${path}.\n` +
      `  Token accepted by ${redactRegistry(credentials.registry)} and saved in ${path}.`,
  );
}
