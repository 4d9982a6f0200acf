/**
 * A ShellContext for tests: behaves like the shell's (namespaced bus and storage, locale
 * listeners with disposers) but records what the plugin asked of the portal instead of doing it,
 * so a test can assert "it navigated to …", "it told the citizen …". No DOM needed: it runs in
 * Node and in the browser page that mountPluginInBrowser drives.
 */
import { createGatewayFetch } from '../gateway-fetch';
import type { Locale } from '../localized-pick';
import type { Disposer, ShellContext, ShellNotification, ShellUser } from '../shell-context';

export interface FakeShellOptions {
  /** The service slug the plugin is mounted for. */
  slug: string;
  /** The language at mount time; `setLocale` switches it later. Defaults to Indonesian. */
  locale?: Locale;
  /** The signed-in user the plugin sees (as if its manifest's `user.profile` was approved). Defaults to null. */
  user?: ShellUser | null;
  /** What the plugin's namespaced storage holds before it mounts. */
  storage?: Record<string, string>;
  /** The session's CSRF token `fetchGateway` sends with a change. Defaults to `test-csrf-token` with a user, none without. */
  csrfToken?: string | null;
  /** The origin `fetchGateway` calls. Defaults to the page's (`location.origin`). */
  origin?: string;
  /** The fetch behind `fetchGateway`. Defaults to the page's. */
  fetch?: typeof fetch;
}

/** The CSRF token the fake shell sends for a signed-in user, unless told another. */
export const TEST_CSRF_TOKEN = 'test-csrf-token';

/** Everything the plugin asked of the shell, in order. Plain data: it crosses from the page to Node. */
export interface ShellRecord {
  navigations: string[];
  notifications: ShellNotification[];
  events: Array<{ type: string; detail: unknown }>;
  storage: Record<string, string>;
  /** Locale listeners still registered: 0 after unmount, or the plugin leaks one. */
  localeListeners: number;
  /** Event-bus listeners still registered: 0 after unmount, or the plugin leaks one. */
  eventListeners: number;
  /** Every `fetchGateway` call, as method and path below the service's gateway root. */
  gatewayCalls: Array<{ method: string; path: string }>;
}

export interface FakeShell {
  context: ShellContext;
  /** Switches the language as the citizen would with the shell's language button. */
  setLocale(locale: Locale): void;
  /** A copy of what was recorded so far. */
  record(): ShellRecord;
}

/**
 * Builds a recording ShellContext.
 *
 * @example
 * const shell = createFakeShellContext({ slug: 'darurat', locale: 'id' });
 * await lifecycles.mount({ name: 'darurat', domElement, shell: shell.context });
 * shell.setLocale('en');
 * expect(shell.record().notifications).toEqual([]);
 */
export function createFakeShellContext(options: FakeShellOptions): FakeShell {
  let locale: Locale = options.locale ?? 'id';
  const localeListeners = new Set<(locale: Locale) => void>();
  const eventListeners = new Map<string, Set<(detail: unknown) => void>>();
  const storage = new Map(Object.entries(options.storage ?? {}));
  const recorded = {
    navigations: [] as string[],
    notifications: [] as ShellNotification[],
    events: [] as ShellRecord['events'],
    gatewayCalls: [] as ShellRecord['gatewayCalls'],
  };
  const user = options.user ?? null;
  const token = options.csrfToken !== undefined ? options.csrfToken : user ? TEST_CSRF_TOKEN : null;
  const gatewayFetch = createGatewayFetch({
    slug: options.slug,
    origin: options.origin ?? globalThis.location?.origin ?? 'http://localhost',
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    csrfToken: async () => token,
  });

  const context: ShellContext = {
    spec: 1,
    slug: options.slug,
    get locale() {
      return locale;
    },
    onLocaleChange(listener): Disposer {
      localeListeners.add(listener);
      return () => localeListeners.delete(listener);
    },
    navigate: (path) => recorded.navigations.push(path),
    notify: (notification) => recorded.notifications.push({ ...notification }),
    events: {
      emit(type, detail) {
        recorded.events.push({ type, detail });
        for (const listener of [...(eventListeners.get(type) ?? [])]) listener(detail);
      },
      on(type, listener): Disposer {
        const listeners = eventListeners.get(type) ?? new Set();
        eventListeners.set(type, listeners);
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    storage: {
      get: (key) => storage.get(key) ?? null,
      set: (key, value) => void storage.set(key, String(value)),
      remove: (key) => void storage.delete(key),
    },
    user,
    fetchGateway(path, init) {
      recorded.gatewayCalls.push({ method: (init?.method ?? 'GET').toUpperCase(), path });
      return gatewayFetch(path, init);
    },
  };

  return {
    context,
    setLocale(next) {
      locale = next;
      for (const listener of [...localeListeners]) listener(next);
    },
    record: () => ({
      navigations: [...recorded.navigations],
      notifications: recorded.notifications.map((notification) => ({ ...notification })),
      events: [...recorded.events],
      storage: Object.fromEntries(storage),
      localeListeners: localeListeners.size,
      eventListeners: [...eventListeners.values()].reduce((count, listeners) => count + listeners.size, 0),
      gatewayCalls: recorded.gatewayCalls.map((call) => ({ ...call })),
    }),
  };
}
