import type { CatalogueEntry, PluginLifecycles, PluginProps } from '@palapa/sdk';
import {
  addErrorHandler,
  getAppNames,
  getAppStatus,
  MOUNTED,
  registerApplication,
  triggerAppChange,
  unregisterApplication,
  type LifeCycles,
} from 'single-spa';
import { servicePath } from '../router/routes';
import { OVERRIDE_PARAM, overrideStorageKey } from './override-request';
import { outlets } from './outlets';
import { PluginError, withTimeout } from './plugin-error';
import { loadPluginLifecycles } from './plugin-loader';
import { pluginStatuses } from './plugin-status';
import { createShellContext, mayReadUser, portalSession } from './shell-context';

/** How long bootstrap + mount may take before the plugin is quarantined. */
export const MOUNT_TIMEOUT_MS = 10_000;

const registered = new Map<string, CatalogueEntry>();
/** New versions waiting for their plugin to unmount: a plugin is never swapped under the citizen's hands. */
const pendingSwaps = new Map<string, CatalogueEntry>();

/**
 * Brings the registered applications in line with the catalogue: new module services are
 * registered, withdrawn ones (disabled by an admin: the kill switch) are unmounted at once, and a
 * newly activated version replaces the old one at the next navigation.
 */
export function syncPluginApplications(entries: readonly CatalogueEntry[]): void {
  const live = new Map(entries.filter((entry) => entry.kind === 'module').map((entry) => [entry.slug, entry]));
  for (const slug of registered.keys()) {
    if (!live.has(slug)) void withdrawPlugin(slug);
  }
  for (const entry of live.values()) {
    const current = registered.get(entry.slug);
    if (!current) registerPluginApplication(entry);
    else if (current.entry?.url !== entry.entry?.url || current.entry?.integrity !== entry.entry?.integrity) {
      pendingSwaps.set(entry.slug, entry);
    }
  }
  void applyPendingSwaps();
}

/** Unmounts and forgets a plugin whose service was switched off; its page says it is unavailable. */
export async function withdrawPlugin(slug: string): Promise<void> {
  if (!registered.has(slug)) return;
  registered.delete(slug);
  pendingSwaps.delete(slug);
  pluginStatuses.set(slug, { state: 'unavailable' });
  if (getAppNames().includes(slug)) await unregisterApplication(slug).catch(() => undefined);
  pluginStatuses.set(slug, { state: 'unavailable' });
}

async function applyPendingSwaps() {
  for (const [slug, entry] of pendingSwaps) {
    if (getAppStatus(slug) === MOUNTED) continue;
    pendingSwaps.delete(slug);
    if (getAppNames().includes(slug)) await unregisterApplication(slug).catch(() => undefined);
    registered.delete(slug);
    registerPluginApplication(entry);
  }
}
window.addEventListener('single-spa:routing-event', () => void applyPendingSwaps());

/**
 * One single-spa application per module service, active on the service's page. A plugin that
 * fails is quarantined: its page shows an error card with retry, and nothing else is affected.
 */
export function registerPluginApplication(service: CatalogueEntry): void {
  if (service.kind !== 'module' || registered.has(service.slug)) return;
  registered.set(service.slug, service);
  if (pluginStatuses.get(service.slug).state === 'unavailable') pluginStatuses.set(service.slug, { state: 'idle' });
  const path = servicePath(service.slug);
  registerApplication({
    name: service.slug,
    app: async () => {
      pluginStatuses.set(service.slug, { state: 'loading' });
      try {
        const override = await authorisedOverride(service);
        return guard(service, await loadPluginLifecycles(service.slug, service.entry, override));
      } catch (error) {
        reportFailure(service.slug, error, 'load');
        throw error;
      }
    },
    activeWhen: (location) => location.pathname === path || location.pathname === `${path}/`,
  });
}

/** Stops the live reload of developer overrides; set once the first override is honoured. */
let followingDeveloperBuilds: (() => void) | undefined;

/** The developer override for this service, if one is asked for and the viewer may use it. */
async function authorisedOverride(service: CatalogueEntry): Promise<URL | null> {
  const storage = safeLocalStorage();
  if (!storage) return null;
  // Cheap check first: the override code (and the wait for the session) is loaded only when asked for.
  if (!location.search.includes(OVERRIDE_PARAM) && storage.getItem(overrideStorageKey(service.slug)) === null) return null;
  const [{ activeOverrides, clearOverride, overrideAllowed, requestedOverride }, { session }, liveReload] = await Promise.all([
    import('./developer-override'),
    import('../services/session'),
    import('./live-reload'),
  ]);
  const requested = requestedOverride(service.slug, location.search, storage);
  if (!requested) return null;
  if (!import.meta.env.DEV) await session.ready;
  if (!overrideAllowed({ devBuild: import.meta.env.DEV, user: session.user, serviceOpd: service.opd.slug })) {
    console.warn(`[palapa] developer override for ${service.slug} ignored: only staff of its OPD may use one`);
    clearOverride(service.slug, storage);
    activeOverrides.set(service.slug, null);
    return null;
  }
  // Only now, with an override honoured: the page reloads itself after each `palapa dev` rebuild.
  followingDeveloperBuilds ??= liveReload.followDeveloperBuilds(activeOverrides, liveReload.browserLiveReload);
  activeOverrides.set(service.slug, requested);
  return requested;
}

function safeLocalStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Drops a quarantined plugin and loads it afresh (the error card's retry button). */
export async function retryPlugin(slug: string): Promise<void> {
  const service = registered.get(slug);
  if (!service) return;
  pluginStatuses.set(slug, { state: 'loading' });
  if (getAppNames().includes(slug)) await unregisterApplication(slug).catch(() => undefined);
  registered.delete(slug);
  registerPluginApplication(service);
  await triggerAppChange();
}

/** Reports single-spa's own errors (a lifecycle that threw) against the failing service. */
export function watchPluginErrors(): void {
  addErrorHandler((error) => reportFailure(error.appOrParcelName, error, 'mount'));
}

function reportFailure(slug: string, error: unknown, fallback: 'load' | 'mount') {
  const cause = error instanceof Error && 'cause' in error && error.cause instanceof PluginError ? error.cause : error;
  const failure = cause instanceof PluginError ? cause.failure : fallback;
  const message = error instanceof Error ? error.message : String(error);
  if (pluginStatuses.get(slug).state === 'error') return;
  console.error(`[palapa] plugin ${slug} quarantined (${failure}):`, error);
  pluginStatuses.set(slug, { state: 'error', failure, message });
  // Loaded only when something failed: most visits never need it.
  void import('../services/failure-telemetry').then(({ phaseFor, reportPluginFailure }) =>
    reportPluginFailure({ slug, version: versionOf(slug), phase: phaseFor(failure, message), message, reportedByCitizen: false }),
  );
}

/** The version of a service's plugin the shell tried to run, for failure reports. */
export function versionOf(slug: string): string | null {
  return registered.get(slug)?.version ?? null;
}

/** Wraps a plugin's lifecycles with the outlet, the shell context, a time limit and error reporting. */
function guard(service: CatalogueEntry, plugin: PluginLifecycles): LifeCycles {
  const { slug } = service;
  // The approved version's permissions, as the catalogue listed them (the developer override runs a
  // local build, but with the permissions an admin approved, never the ones it asks for itself).
  const permissions = service.entry?.permissions;
  let session: { props: PluginProps; dispose: () => void } | null = null;
  const run = async (lifecycle: PluginLifecycles['mount'] | undefined, props: PluginProps) => {
    for (const step of Array.isArray(lifecycle) ? lifecycle : lifecycle ? [lifecycle] : []) await step(props);
  };
  return {
    bootstrap: async () => {
      // The real bootstrap runs in mount, once the outlet exists and props are complete.
    },
    mount: async ({ name }) => {
      try {
        const domElement = await outlets.waitFor(slug, MOUNT_TIMEOUT_MS);
        // A plugin allowed the citizen gets them at mount, not null while the session is still being asked.
        if (mayReadUser(permissions)) await withTimeout(portalSession.ready, MOUNT_TIMEOUT_MS, `Reading the session for ${slug}`);
        const { context, dispose } = createShellContext(slug, { permissions });
        const props: PluginProps = { name: String(name), domElement, shell: context };
        session = { props, dispose };
        await withTimeout(
          (async () => {
            await bootstrapOnce(plugin, props, run);
            await run(plugin.mount, props);
          })(),
          MOUNT_TIMEOUT_MS,
          `Mounting ${slug}`,
        );
        pluginStatuses.set(slug, { state: 'mounted' });
      } catch (error) {
        const failure = error instanceof PluginError ? error : new PluginError('mount', (error as Error)?.message ?? String(error), { cause: error });
        reportFailure(slug, failure, 'mount');
        throw failure;
      }
    },
    unmount: async () => {
      const current = session;
      session = null;
      if (!current) return;
      try {
        await withTimeout(run(plugin.unmount, current.props), MOUNT_TIMEOUT_MS, `Unmounting ${slug}`);
      } finally {
        current.dispose();
        current.props.domElement.replaceChildren();
        if (pluginStatuses.get(slug).state !== 'unavailable') pluginStatuses.set(slug, { state: 'idle' });
      }
    },
  };
}

const bootstrapped = new WeakSet<PluginLifecycles>();
async function bootstrapOnce(
  plugin: PluginLifecycles,
  props: PluginProps,
  run: (lifecycle: PluginLifecycles['bootstrap'], props: PluginProps) => Promise<void>,
) {
  if (bootstrapped.has(plugin)) return;
  await run(plugin.bootstrap, props);
  bootstrapped.add(plugin);
}
