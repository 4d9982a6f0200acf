/**
 * Live reload for the developer override: while a local build of a service is mounted, the page
 * listens to `palapa dev`'s event stream (`<override origin>/__palapa/events`, server-sent events)
 * and reloads itself after each rebuild, so the new build mounts. A whole-page reload rather than
 * swapping the plugin in place: a federation container cannot be loaded twice under one name.
 *
 * Nothing here runs without an active override (this module is loaded only with
 * developer-override.ts), and a dev server without the stream (a 404 or nothing listening) only
 * means no reload: the EventSource gives up or retries quietly, and the page keeps working.
 */
export const DEV_EVENTS_PATH = '/__palapa/events';

/** Where the rebuild events of an override come from, or null when no override is active. */
export function devEventsUrl(override: URL | null | undefined): string | null {
  return override ? new URL(DEV_EVENTS_PATH, override.origin).href : null;
}

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'close'>;

export interface LiveReloadDeps {
  open(url: string): EventSourceLike;
  reload(): void;
}

/** The override of each slug, as {@link activeOverrides} publishes it. */
interface OverrideSource extends EventTarget {
  get(slug: string): URL | undefined;
}

/**
 * Follows `overrides`: opens one event stream per slug with an active override, closes it when the
 * override is cleared, and reloads on `build`. Returns a function that stops following.
 */
export function followDeveloperBuilds(overrides: OverrideSource, deps: LiveReloadDeps): () => void {
  const streams = new Map<string, { url: string; source: EventSourceLike }>();
  const update = (slug: string) => {
    const url = devEventsUrl(overrides.get(slug));
    const current = streams.get(slug);
    if (current?.url === url) return;
    current?.source.close();
    streams.delete(slug);
    if (!url) return;
    try {
      const source = deps.open(url);
      source.addEventListener('build', () => deps.reload());
      streams.set(slug, { url, source });
    } catch {
      // No EventSource (or a refused URL): the developer reloads by hand, as before.
    }
  };
  const onChange = (event: Event) => update((event as CustomEvent<string>).detail);
  overrides.addEventListener('change', onChange);
  return () => {
    overrides.removeEventListener('change', onChange);
    for (const { source } of streams.values()) source.close();
    streams.clear();
  };
}

/** The browser's wiring: a real EventSource and a real reload. */
export const browserLiveReload: LiveReloadDeps = {
  open: (url) => new EventSource(url),
  reload: () => location.reload(),
};
