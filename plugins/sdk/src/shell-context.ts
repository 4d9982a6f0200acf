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
  /**
   * The signed-in citizen, only when the approved version's manifest asks for `user.profile`;
   * otherwise (or when nobody is signed in) null. Read it when you need it: it follows sign-in and
   * sign-out.
   */
  readonly user: ShellUser | null;
  /**
   * Calls this service's back end through the portal's gateway: `path` is below
   * `/api/v1/gateway/<slug>/` on the portal's origin. The session cookie goes along, and a POST,
   * PUT, PATCH or DELETE carries the session's CSRF header, so a plugin never builds either. A path
   * that would leave the service's gateway (`..`, another origin) is refused (the promise rejects).
   *
   * @example
   * const response = await shell.fetchGateway(`/objek/${nop}`, { headers: { accept: 'application/json' } });
   */
  fetchGateway(path: string, init?: RequestInit): Promise<Response>;
}
