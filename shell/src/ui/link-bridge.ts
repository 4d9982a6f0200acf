import type { Locale } from '@palapa/sdk';
import { matchRoute, type Route } from '../router/routes';

/**
 * The postMessage bridge between the shell and an OPD web app embedded as a `link` service (see
 * "Embedded link services" in plugins/README.md). Version 1, app → shell:
 *   { palapa: 1, type: 'hello' }                  the shell answers { palapa: 1, type: 'locale', locale }
 *                                                 and again on every language change
 *   { palapa: 1, type: 'navigate', path: '/…' }   a citizen page of the portal; never a URL
 *   { palapa: 1, type: 'resize', height: 800 }    the frame's height in CSS pixels, clamped
 * Anything else (another version, another type, a malformed field, another window) is ignored.
 * Hand-written rather than a library (Comlink, post-robot…): three small messages, and those
 * libraries give an app the power to call functions, which this bridge must never grant.
 */
export const BRIDGE_VERSION = 1;
export const MIN_FRAME_HEIGHT = 240;
export const MAX_FRAME_HEIGHT = 4000;
const MAX_PATH_LENGTH = 2000;

export type BridgeRequest = { type: 'hello' } | { type: 'navigate'; path: string } | { type: 'resize'; height: number };

/** The app's message as the bridge understands it, or null when it is not one (then it is ignored). */
export function readBridgeMessage(data: unknown): BridgeRequest | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.palapa !== BRIDGE_VERSION) return null;
  switch (message.type) {
    case 'hello':
      return { type: 'hello' };
    case 'navigate':
      return typeof message.path === 'string' ? { type: 'navigate', path: message.path } : null;
    case 'resize':
      return typeof message.height === 'number' && Number.isFinite(message.height) ? { type: 'resize', height: message.height } : null;
    default:
      return null;
  }
}

/** The pages an embedded app may send the citizen to: the citizen's side of the portal, not the console or sign-in. */
const CITIZEN_PAGES: ReadonlySet<Route['name']> = new Set(['home', 'service', 'requests', 'track']);

/**
 * `path` as a citizen page of the portal at `portalOrigin` (path, query and fragment), or null.
 * Only a path written from the root: no scheme, no host, no `//host` or `/\host` (which browsers
 * read as another host), no control characters, and a page the shell knows.
 */
export function portalPath(path: string, portalOrigin: string): string | null {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) return null;
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex -- control characters and spaces are exactly what is refused
  if (/[\u0000-\u0020\u007f]/.test(path)) return null;
  let url: URL;
  try {
    url = new URL(path, portalOrigin);
  } catch {
    return null;
  }
  if (url.origin !== portalOrigin || !CITIZEN_PAGES.has(matchRoute(url.pathname).name)) return null;
  return url.pathname + url.search + url.hash;
}

export const clampHeight = (height: number) => Math.round(Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, height)));

/** Where replies go: the embedded app's window (an iframe's `contentWindow`). */
export interface BridgePeer {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The parts of a message event the bridge reads. */
export interface BridgeEvent {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface LinkBridgeOptions {
  /** Where messages arrive: the shell's `window`. */
  host: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** The embedded app's window now (it is null until the iframe is in the page). */
  frame: () => BridgePeer | null;
  /** The link URL's origin: what the app's messages must come from when it keeps its origin. */
  appOrigin: string;
  /** Whether the sandbox has `allow-same-origin`: without it the app's origin is opaque ("null"). */
  appKeepsOrigin: boolean;
  portalOrigin: string;
  locale: { readonly locale: Locale; subscribe(listener: (locale: Locale) => void): () => void };
  navigate(path: string): void;
  onHello?(): void;
  onResize?(height: number): void;
  /** Called once if no hello arrives within `helloTimeoutMs` of `start()`. */
  onSilent?(): void;
  helloTimeoutMs?: number;
}

/** One embedded app's bridge: `start()` when its iframe is in the page, `stop()` when it leaves. */
export class LinkBridge {
  private helloed = false;
  private silenceTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly listener = (event: Event) => this.receive(event as unknown as BridgeEvent);

  constructor(private readonly options: LinkBridgeOptions) {}

  start(): void {
    this.options.host.addEventListener('message', this.listener);
    this.unsubscribe = this.options.locale.subscribe(() => {
      if (this.helloed) this.sendLocale();
    });
    if (this.options.onSilent) {
      this.silenceTimer = setTimeout(() => {
        if (!this.helloed) this.options.onSilent?.();
      }, this.options.helloTimeoutMs ?? 10_000);
    }
  }

  stop(): void {
    this.options.host.removeEventListener('message', this.listener);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.silenceTimer);
  }

  /** Handles one message event: the app's, or nothing. */
  receive(event: BridgeEvent): void {
    if (!this.fromTheApp(event)) return;
    const message = readBridgeMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'hello':
        this.helloed = true;
        clearTimeout(this.silenceTimer);
        this.options.onHello?.();
        this.sendLocale();
        return;
      case 'navigate': {
        const path = portalPath(message.path, this.options.portalOrigin);
        if (path !== null) this.options.navigate(path);
        return;
      }
      case 'resize':
        this.options.onResize?.(clampHeight(message.height));
        return;
    }
  }

  /**
   * Only the iframe's own window, always. Its origin too when the sandbox lets the app keep it
   * (`allow-same-origin`). Without that token the app's documents have an opaque origin, which
   * every message reports as the string "null" — as would any other sandboxed or data: document,
   * so the origin proves nothing there and the source window is all there is to check. The frame
   * could also have been navigated away from the app by then (its window stays the same); that
   * is acceptable because the bridge grants nothing worth stealing: the locale is public, navigation
   * goes only to citizen pages of the portal, and the height is clamped.
   */
  private fromTheApp(event: BridgeEvent): boolean {
    const frame = this.options.frame();
    if (frame === null || event.source !== frame) return false;
    return this.options.appKeepsOrigin ? event.origin === this.options.appOrigin : event.origin === 'null';
  }

  /**
   * With its origin kept, the app gets the locale at that origin only. An opaque origin cannot be
   * named as a target, so then it goes to '*': the locale is not a secret.
   */
  private sendLocale(): void {
    const target = this.options.appKeepsOrigin ? this.options.appOrigin : '*';
    this.options.frame()?.postMessage({ palapa: BRIDGE_VERSION, type: 'locale', locale: this.options.locale.locale }, target);
  }
}
