import type { Locale } from '@palapa/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clampHeight, LinkBridge, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT, portalPath, readBridgeMessage, type BridgePeer, type LinkBridgeOptions } from './link-bridge';

const PORTAL = 'https://layanan.mojokertokota.go.id';
const APP = 'https://pbb.mojokertokota.go.id';

/** The embedded app's window: it keeps what the shell posts to it. */
class AppWindow implements BridgePeer {
  readonly received: { message: unknown; targetOrigin: string }[] = [];
  postMessage(message: unknown, targetOrigin: string) {
    this.received.push({ message, targetOrigin });
  }
}

/** A language store like the shell's. */
class Languages {
  locale: Locale = 'id';
  private readonly listeners = new Set<(locale: Locale) => void>();
  subscribe(listener: (locale: Locale) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(locale: Locale) {
    this.locale = locale;
    for (const listener of this.listeners) listener(locale);
  }
}

function setUp(overrides: Partial<LinkBridgeOptions> = {}) {
  const host = new EventTarget();
  const app = new AppWindow();
  const languages = new Languages();
  const navigated: string[] = [];
  const heights: number[] = [];
  const bridge = new LinkBridge({
    host,
    frame: () => app,
    appOrigin: APP,
    appKeepsOrigin: true,
    portalOrigin: PORTAL,
    locale: languages,
    navigate: (path) => navigated.push(path),
    onResize: (height) => heights.push(height),
    ...overrides,
  });
  bridge.start();
  /** Dispatches a message event on the shell's window, as the browser would. */
  const post = (data: unknown, { origin = APP, source = app as unknown }: { origin?: string; source?: unknown } = {}) =>
    host.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { bridge, host, app, languages, navigated, heights, post };
}

const hello = { palapa: 1, type: 'hello' };
const localeMessages = (app: AppWindow) => app.received.map(({ message }) => (message as { locale: Locale }).locale);

describe('readBridgeMessage', () => {
  it('reads the three requests of version 1', () => {
    expect(readBridgeMessage(hello)).toEqual({ type: 'hello' });
    expect(readBridgeMessage({ palapa: 1, type: 'navigate', path: '/layanan/cek-pbb' })).toEqual({ type: 'navigate', path: '/layanan/cek-pbb' });
    expect(readBridgeMessage({ palapa: 1, type: 'resize', height: 640 })).toEqual({ type: 'resize', height: 640 });
  });

  it.each<[string, unknown]>([
    ['no envelope', 'hello'],
    ['null', null],
    ['an array', [1, 'hello']],
    ['no version', { type: 'hello' }],
    ['another version', { palapa: 2, type: 'hello' }],
    ['a version as text', { palapa: '1', type: 'hello' }],
    ['an unknown type', { palapa: 1, type: 'eval', code: 'alert(1)' }],
    ["the shell's own reply", { palapa: 1, type: 'locale', locale: 'en' }],
    ['a navigate without a path', { palapa: 1, type: 'navigate' }],
    ['a path that is not text', { palapa: 1, type: 'navigate', path: { toString: () => '/' } }],
    ['a height that is not a number', { palapa: 1, type: 'resize', height: '800px' }],
    ['an infinite height', { palapa: 1, type: 'resize', height: Infinity }],
    ['a height that is not a number at all', { palapa: 1, type: 'resize', height: Number.NaN }],
  ])('ignores %s', (_label, data) => {
    expect(readBridgeMessage(data)).toBeNull();
  });
});

describe('portalPath', () => {
  it.each([
    ['/layanan/cek-pbb', '/layanan/cek-pbb'],
    ['/', '/'],
    ['/?q=pajak', '/?q=pajak'],
    ['/lacak/AB12-CD34', '/lacak/AB12-CD34'],
    ['/permohonan', '/permohonan'],
    ['/layanan/cek-pbb#persyaratan', '/layanan/cek-pbb#persyaratan'],
  ])('lets the app send the citizen to %s', (path, expected) => {
    expect(portalPath(path, PORTAL)).toBe(expected);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/layanan/cek-pbb',
    '//evil.example/layanan/cek-pbb',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    `${PORTAL}/layanan/cek-pbb`,
    'layanan/cek-pbb',
    '',
    ' /layanan/cek-pbb',
    '/layanan/cek-pbb\n',
    '/\tevil.example',
    '/konsol/layanan',
    '/masuk',
    '/layanan/Bukan Slug',
    '/tidak-ada',
    `/layanan/${'a'.repeat(2100)}`,
  ])('refuses %s', (path) => {
    expect(portalPath(path, PORTAL)).toBeNull();
  });
});

describe('LinkBridge', () => {
  afterEach(() => vi.useRealTimers());

  it('answers hello with the locale, at the app origin, and again on every language change', () => {
    const { app, languages, post } = setUp();
    languages.set('en'); // before hello: the app has not said it listens
    expect(app.received).toEqual([]);
    post(hello);
    expect(app.received).toEqual([{ message: { palapa: 1, type: 'locale', locale: 'en' }, targetOrigin: APP }]);
    languages.set('id');
    languages.set('en');
    expect(localeMessages(app)).toEqual(['en', 'id', 'en']);
  });

  it('navigates to a citizen page, and refuses a URL with a scheme or host', () => {
    const { navigated, post } = setUp();
    post({ palapa: 1, type: 'navigate', path: '/layanan/psc-119' });
    post({ palapa: 1, type: 'navigate', path: 'https://evil.example' });
    post({ palapa: 1, type: 'navigate', path: '//evil.example/' });
    post({ palapa: 1, type: 'navigate', path: 'javascript:alert(1)' });
    expect(navigated).toEqual(['/layanan/psc-119']);
  });

  it('clamps the height the app asks for', () => {
    const { heights, post } = setUp();
    post({ palapa: 1, type: 'resize', height: 812.6 });
    post({ palapa: 1, type: 'resize', height: -50 });
    post({ palapa: 1, type: 'resize', height: 1e9 });
    expect(heights).toEqual([813, MIN_FRAME_HEIGHT, MAX_FRAME_HEIGHT]);
    expect(clampHeight(MIN_FRAME_HEIGHT - 1)).toBe(MIN_FRAME_HEIGHT);
  });

  it('ignores messages from any other window, even with the right origin', () => {
    const { app, navigated, post } = setUp();
    const otherWindow = new AppWindow();
    post(hello, { source: otherWindow });
    post(hello, { source: null });
    post({ palapa: 1, type: 'navigate', path: '/layanan/psc-119' }, { source: otherWindow });
    expect(app.received).toEqual([]);
    expect(navigated).toEqual([]);
  });

  it('ignores messages from the right window at another origin when the app keeps its origin', () => {
    const { app, navigated, post } = setUp();
    post(hello, { origin: 'https://evil.example' });
    post(hello, { origin: 'null' });
    post({ palapa: 1, type: 'navigate', path: '/layanan/psc-119' }, { origin: PORTAL });
    expect(app.received).toEqual([]);
    expect(navigated).toEqual([]);
  });

  it('without allow-same-origin accepts the frame window with the opaque origin "null" only, and replies to "*"', () => {
    const { app, post } = setUp({ appKeepsOrigin: false });
    post(hello, { origin: APP }); // cannot happen in a sandbox without allow-same-origin: refused
    expect(app.received).toEqual([]);
    post(hello, { origin: 'null', source: new AppWindow() });
    expect(app.received).toEqual([]);
    post(hello, { origin: 'null' });
    expect(app.received).toEqual([{ message: { palapa: 1, type: 'locale', locale: 'id' }, targetOrigin: '*' }]);
  });

  it('ignores malformed messages from the app itself', () => {
    const { app, navigated, heights, post } = setUp();
    for (const data of ['hello', { type: 'hello' }, { palapa: 2, type: 'hello' }, { palapa: 1, type: 'navigate', path: 42 }, { palapa: 1, type: 'resize', height: '9' }, null, undefined]) {
      post(data);
    }
    expect([app.received, navigated, heights]).toEqual([[], [], []]);
  });

  it('ignores everything once stopped, and stops following the language', () => {
    const { bridge, app, languages, navigated, post } = setUp();
    post(hello);
    bridge.stop();
    languages.set('en');
    post(hello);
    post({ palapa: 1, type: 'navigate', path: '/' });
    expect(localeMessages(app)).toEqual(['id']);
    expect(navigated).toEqual([]);
  });

  it('says once when the app never says hello, and not when it does', () => {
    vi.useFakeTimers();
    const silent = vi.fn();
    setUp({ onSilent: silent, helloTimeoutMs: 5_000 });
    vi.advanceTimersByTime(4_999);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(silent).toHaveBeenCalledTimes(1);

    const quietOnHello = vi.fn();
    const { post } = setUp({ onSilent: quietOnHello, helloTimeoutMs: 5_000 });
    post(hello);
    vi.advanceTimersByTime(10_000);
    expect(quietOnHello).not.toHaveBeenCalled();
  });

  it('does nothing before its iframe is in the page', () => {
    const host = new EventTarget();
    const navigated: string[] = [];
    const bridge = new LinkBridge({ host, frame: () => null, appOrigin: APP, appKeepsOrigin: false, portalOrigin: PORTAL, locale: new Languages(), navigate: (path) => navigated.push(path) });
    bridge.start();
    host.dispatchEvent(Object.assign(new Event('message'), { data: { palapa: 1, type: 'navigate', path: '/' }, origin: 'null', source: null }));
    expect(navigated).toEqual([]);
  });
});
