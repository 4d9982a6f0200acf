import { isPluginLifecycles, remoteNameFor, type PluginEntry, type PluginLifecycles } from '@palapa/sdk';
import { loadRemote, registerRemotes } from '@module-federation/runtime';
import { declareIntegrity } from './integrity';
import { PluginError, withTimeout } from './plugin-error';

/** How long a plugin's code may take to download and evaluate before the shell gives up. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches a plugin's remote with the Module Federation runtime, from a URL learned at run time,
 * and checks that what it exposes really is a set of single-spa lifecycles. `override` is a
 * developer's local build (see developer-override.ts), already authorised by the caller: it is
 * loaded without an integrity hash, under the service's own federation name.
 */
export async function loadPluginLifecycles(slug: string, entry: PluginEntry | undefined, override: URL | null = null): Promise<PluginLifecycles> {
  if (!entry && !override) throw new PluginError('missing', `${slug} has no approved version`);
  const url = override ? override.href : new URL(entry?.url ?? '', location.href).href;
  if (entry && !override) {
    try {
      declareIntegrity(url, entry.integrity);
    } catch (error) {
      throw new PluginError('invalid', (error as Error).message, { cause: error });
    }
  }
  const remote = entry?.remote ?? remoteNameFor(slug);
  // force: a retry after a failure must fetch the entry again, not reuse the failed container.
  registerRemotes([{ name: remote, entry: url, type: 'module' }], { force: true });
  let exposed: unknown;
  try {
    exposed = await withTimeout(loadRemote<unknown>(`${remote}/plugin`), LOAD_TIMEOUT_MS, `Loading ${slug}`);
  } catch (error) {
    if (error instanceof PluginError) throw error;
    throw new PluginError('load', `Could not load ${url}: ${(error as Error).message}`, { cause: error });
  }
  const lifecycles = (exposed as { default?: unknown } | null)?.default ?? exposed;
  if (!isPluginLifecycles(lifecycles)) {
    throw new PluginError('invalid', `${slug}: ./plugin does not default-export bootstrap, mount and unmount`);
  }
  return lifecycles;
}
