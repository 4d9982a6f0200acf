import type { Locale } from './localized';

/** A function that undoes a registration (an event listener, a subscription). */
export type Disposer = () => void;

/** The signed-in citizen, handed to a plugin only when its approved manifest asks for `user.profile`. */
export interface ShellUser {
  id: string;
  name: string;
  email: string;
}

/** A notification shown by the shell on the plugin's behalf. */
export interface ShellNotification {
  message: string;
  kind?: 'info' | 'success' | 'error';
}

/**
 * What the shell gives every mounted plugin, as the `shell` single-spa prop. It is the only door
 * from a plugin to the portal: a plugin never reaches into the shell's DOM or globals.
 *
 * @example
 * export async function mount({ domElement, shell }: PluginProps) {
 *   render(shell.locale);
 *   const stop = shell.onLocaleChange((locale) => render(locale));
 * }
 */
export interface ShellContext {
  /** The contract version of this context. */
  readonly spec: 1;
  /** The service this plugin is mounted for. */
  readonly slug: string;
  /** The citizen's language now. */
  readonly locale: Locale;
  /** Called whenever the citizen switches language; returns a disposer. */
  onLocaleChange(listener: (locale: Locale) => void): Disposer;
  /** Navigates inside the portal (e.g. `/layanan/ppid`) without reloading. */
  navigate(path: string): void;
  /** Shows a notification in the shell's live region. */
  notify(notification: ShellNotification): void;
  /** An event bus namespaced to this plugin's slug. */
  readonly events: {
    emit(type: string, detail?: unknown): void;
    on(type: string, listener: (detail: unknown) => void): Disposer;
  };
  /** Storage on the device, namespaced to this plugin's slug. */
  readonly storage: {
    get(key: string): string | null;
    set(key: string, value: string): void;
    remove(key: string): void;
  };
  /** The signed-in user, only with the approved `user.profile` permission; otherwise null. */
  readonly user: ShellUser | null;
}
