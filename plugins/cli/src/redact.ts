/**
 * Registry addresses and tokens are never printed in full: terminal output ends up in CI logs and
 * screenshots. A token keeps its public prefix and four characters; an address keeps its host.
 */

/** `palapa_ab12…` for a token: enough to tell two apart, useless to an attacker. */
export function redactToken(token: string): string {
  const keep = token.startsWith('palapa_') ? 'palapa_'.length + 4 : 4;
  return token.length <= keep ? '…' : `${token.slice(0, keep)}…`;
}

/** The host (and port) of a registry URL, without credentials, path or query. */
export function redactRegistry(registry: string): string {
  try {
    return new URL(registry).host || '(registry)';
  } catch {
    return '(alamat registry tidak valid / invalid registry address)';
  }
}
