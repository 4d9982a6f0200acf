import { describe, expect, it } from 'vitest';
import type { Locale } from './localized';
import type { ShellContext } from './shell-context';
import { resolveLocale, ShellLocaleController } from './shell-locale-controller';

/** A shell whose language can be switched, counting its listeners. */
function fakeShell(initial: Locale) {
  const listeners = new Set<(locale: Locale) => void>();
  const shell = {
    locale: initial,
    onLocaleChange(listener: (locale: Locale) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as ShellContext & { locale: Locale };
  return {
    shell,
    listeners,
    switchTo(locale: Locale) {
      shell.locale = locale;
      for (const listener of listeners) listener(locale);
    },
  };
}

function fakeHost() {
  const host = {
    isConnected: true,
    updates: 0,
    controllers: [] as unknown[],
    addController(controller: unknown) {
      host.controllers.push(controller);
    },
    requestUpdate() {
      host.updates++;
    },
  };
  return host;
}

describe('ShellLocaleController', () => {
  it('follows the shell live, re-rendering its element, and lets go when the element leaves', () => {
    const { shell, listeners, switchTo } = fakeShell('id');
    const host = fakeHost();
    const controller = new ShellLocaleController(host as never, () => shell);
    expect(host.controllers).toEqual([controller]);
    controller.hostConnected();
    expect(controller.locale).toBe('id');
    switchTo('en');
    expect(controller.locale).toBe('en');
    expect(host.updates).toBe(1);
    controller.hostDisconnected();
    expect(listeners.size).toBe(0);
  });

  it('speaks Indonesian without a shell, and picks up a shell handed over later', () => {
    const host = fakeHost();
    let current: ShellContext | null = null;
    const controller = new ShellLocaleController(host as never, () => current);
    controller.hostConnected();
    expect(controller.locale).toBe('id');
    current = fakeShell('en').shell;
    controller.hostUpdate();
    expect(controller.locale).toBe('en');
  });

  it('makes any value a locale: English only when it says so', () => {
    expect([resolveLocale('en'), resolveLocale('jv'), resolveLocale(undefined)]).toEqual(['en', 'id', 'id']);
  });
});
