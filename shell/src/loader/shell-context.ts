import type { Disposer, ShellContext, ShellNotification } from '@palapa/sdk';
import { localeStore } from '../i18n/locale';
import { navigate } from '../router/navigation';

export const NOTIFY_EVENT = 'palapa:notify';

/**
 * Builds the ShellContext a plugin receives: its only door to the portal. Everything is
 * namespaced to the plugin's slug, and every listener it registers is dropped when it unmounts,
 * even the ones it forgot to dispose.
 */
export function createShellContext(slug: string): { context: ShellContext; dispose: () => void } {
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
    user: null,
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
