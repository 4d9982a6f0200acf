import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './localized';
import type { Disposer, ShellContext } from './shell-context';

/** A locale a shell (or anything else) handed over, made safe: Indonesian unless it is English. */
export function resolveLocale(locale: unknown): Locale {
  return locale === 'en' ? 'en' : 'id';
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps a Lit element in the citizen's language: follows `shell.onLocaleChange` while the element
 * is connected and re-renders it on every switch, and disposes of the subscription when the
 * element leaves the page (single-spa unmount), so no listener outlives the plugin.
 *
 * @example
 * class MyPlugin extends LitElement {
 *   static properties = { shell: { attribute: false } };
 *   declare shell: ShellContext | null;
 *   readonly #language = new ShellLocaleController(this, () => this.shell);
 *   render() {
 *     return html`<h2>${this.#language.locale === 'en' ? 'Hello' : 'Halo'}</h2>`;
 *   }
 * }
 */
export class ShellLocaleController implements ReactiveController {
  readonly #host: Host;
  readonly #getShell: () => ShellContext | null;
  #subscribed: ShellContext | null = null;
  #dispose: Disposer | null = null;
  #locale: Locale | null = null;

  /** `getShell` reads the host's current shell, which may be set or replaced after construction. */
  constructor(host: Host, getShell: () => ShellContext | null) {
    this.#host = host;
    this.#getShell = getShell;
    host.addController(this);
  }

  /** The language to render now: Indonesian until a shell says otherwise. */
  get locale(): Locale {
    return this.#locale ?? resolveLocale(this.#getShell()?.locale);
  }

  hostConnected(): void {
    this.#follow();
  }

  /** Runs before each render, so a shell handed over after connection is picked up too. */
  hostUpdate(): void {
    if (this.#host.isConnected) this.#follow();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #follow(): void {
    const shell = this.#getShell();
    if (shell === this.#subscribed) return;
    this.#stop();
    if (!shell) return;
    this.#subscribed = shell;
    // Read the language at subscription time: a switch made while we were away is not missed.
    this.#locale = resolveLocale(shell.locale);
    this.#dispose = shell.onLocaleChange((locale) => {
      this.#locale = resolveLocale(locale);
      this.#host.requestUpdate();
    });
  }

  #stop(): void {
    this.#dispose?.();
    this.#dispose = null;
    this.#subscribed = null;
    this.#locale = null;
  }
}
