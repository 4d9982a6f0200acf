import { createGatewayFetch, type Disposer, type ShellContext, type ShellNotification, type ShellUser } from '@palapa/sdk';
import { localeStore } from '../i18n/locale';
import { navigate } from '../router/navigation';
import { session, type SessionUser } from '../services/session';

export const NOTIFY_EVENT = 'palapa:notify';

/** Who is signed in, as the context builder needs it (the shell's session store, or a test's). */
export interface ShellSession {
  readonly user: SessionUser | null;
  /** Settles once the shell knows whether someone is signed in. */
  readonly ready: Promise<void>;
  /** The session's CSRF token, or null; `refresh` asks the registry again first. */
  csrfToken(refresh: boolean): Promise<string | null>;
}

/** The shell's own session store: the token it already holds, no extra request. */
export const portalSession: ShellSession = {
  get user() {
    return session.user;
  },
  get ready() {
    return session.ready;
  },
  async csrfToken(refresh) {
    await (refresh ? session.refresh() : session.ready);
    return session.mutationHeaders()['X-CSRF-Token'] ?? null;
  },
};

export interface ShellContextOptions {
  /** The approved version's manifest permissions, from the catalogue entry (unchecked there: read defensively). */
  permissions?: unknown;
  session?: ShellSession;
  /** The portal's origin and fetch, for `fetchGateway`; the page's by default. */
  origin?: string;
  fetch?: typeof fetch;
}

/** True when the approved manifest asks for the signed-in citizen (`user.profile`). */
export function mayReadUser(permissions: unknown): boolean {
  return Array.isArray(permissions) && permissions.includes('user.profile');
}

/**
 * Builds the ShellContext a plugin receives: its only door to the portal. Everything is
 * namespaced to the plugin's slug, and every listener it registers is dropped when it unmounts,
 * even the ones it forgot to dispose. The signed-in citizen is handed over only with an approved
 * `user.profile`, and only their id, name and email (never the role or OPD of a staff account).
 */
export function createShellContext(slug: string, options: ShellContextOptions = {}): { context: ShellContext; dispose: () => void } {
  const source = options.session ?? portalSession;
  const userAllowed = mayReadUser(options.permissions);
  let lastSessionUser: SessionUser | null = null;
  let lastUser: ShellUser | null = null;
  // One object per signed-in user, so a plugin comparing `shell.user` between renders sees no change.
  const currentUser = (): ShellUser | null => {
    const user = userAllowed ? source.user : null;
    if (user !== lastSessionUser) {
      lastSessionUser = user;
      lastUser = user ? Object.freeze({ id: user.id, name: user.name, email: user.email }) : null;
    }
    return lastUser;
  };
  const fetchGateway = createGatewayFetch({
    slug,
    origin: options.origin ?? location.origin,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    csrfToken: (refresh) => source.csrfToken(refresh),
  });
  const disposers = new Set<Disposer>();
  const track = (disposer: Disposer): Disposer => {
    disposers.add(disposer);
    return () => {
      disposer();
      disposers.delete(disposer);
    };
  };
  const bus = new EventTarget();
  const storageKey = (key: string) => `palapa.plugin.${slug}.${key}`;

  const context: ShellContext = {
    spec: 1,
    slug,
    get locale() {
      return localeStore.locale;
    },
    onLocaleChange: (listener) => track(localeStore.subscribe(listener)),
    navigate: (path) => {
      if (typeof path === 'string' && path.startsWith('/') && !path.startsWith('//')) navigate(path);
    },
    notify: (notification: ShellNotification) => {
      const message = String(notification?.message ?? '').slice(0, 500);
      if (message) window.dispatchEvent(new CustomEvent(NOTIFY_EVENT, { detail: { slug, message, kind: notification.kind ?? 'info' } }));
    },
    events: {
      emit: (type, detail) => bus.dispatchEvent(new CustomEvent(type, { detail })),
      on: (type, listener) => {
        const handler = (event: Event) => listener((event as CustomEvent).detail);
        bus.addEventListener(type, handler);
        return track(() => bus.removeEventListener(type, handler));
      },
    },
    storage: {
      get: (key) => safeStorage(() => localStorage.getItem(storageKey(key)), null),
      set: (key, value) => safeStorage(() => localStorage.setItem(storageKey(key), String(value)), undefined),
      remove: (key) => safeStorage(() => localStorage.removeItem(storageKey(key)), undefined),
    },
    get user() {
      return currentUser();
    },
    fetchGateway,
  };
  return {
    context,
    dispose: () => {
      for (const disposer of disposers) disposer();
      disposers.clear();
    },
  };
}

function safeStorage<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}
