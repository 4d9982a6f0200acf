import { describe, expect, it } from 'vitest';
import { createFakeShellContext } from './fake-shell-context';

describe('createFakeShellContext', () => {
  it('starts in Indonesian with no user, and hands the options it was given', () => {
    expect(createFakeShellContext({ slug: 'darurat' }).context).toMatchObject({ spec: 1, slug: 'darurat', locale: 'id', user: null });
    const user = { id: 'u1', name: 'Siti', email: 'siti@example.id' };
    expect(createFakeShellContext({ slug: 'darurat', locale: 'en', user }).context).toMatchObject({ locale: 'en', user });
  });

  it('switches the language for every listener, and a disposed listener hears no more', () => {
    const shell = createFakeShellContext({ slug: 'darurat' });
    const heard: string[] = [];
    const stop = shell.context.onLocaleChange((locale) => heard.push(`a:${locale}`));
    shell.context.onLocaleChange((locale) => heard.push(`b:${locale}`));
    shell.setLocale('en');
    stop();
    shell.setLocale('id');
    expect(heard).toEqual(['a:en', 'b:en', 'b:id']);
    expect(shell.context.locale).toBe('id');
    expect(shell.record().localeListeners).toBe(1);
  });

  it('records navigations, notifications, events and storage in order', () => {
    const shell = createFakeShellContext({ slug: 'darurat', storage: { seen: '1' } });
    const { context } = shell;
    const heard: unknown[] = [];
    const off = context.events.on('picked', (detail) => heard.push(detail));
    context.navigate('/layanan/ppid');
    context.notify({ message: 'Tersimpan', kind: 'success' });
    context.events.emit('picked', { id: 'rsud' });
    off();
    context.events.emit('picked', { id: 'gatoel' });
    context.storage.set('last', 'rsud');
    context.storage.remove('seen');
    expect(context.storage.get('last')).toBe('rsud');
    expect(context.storage.get('seen')).toBeNull();
    expect(heard).toEqual([{ id: 'rsud' }]);
    expect(shell.record()).toEqual({
      navigations: ['/layanan/ppid'],
      notifications: [{ message: 'Tersimpan', kind: 'success' }],
      events: [
        { type: 'picked', detail: { id: 'rsud' } },
        { type: 'picked', detail: { id: 'gatoel' } },
      ],
      storage: { last: 'rsud' },
      localeListeners: 0,
      eventListeners: 0,
      gatewayCalls: [],
    });
  });

  it('calls the gateway below the service’s root, with the CSRF token only for a signed-in user, and records each call', async () => {
    const seen: Array<{ url: string; csrf: string | null }> = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), csrf: new Headers(init?.headers).get('x-csrf-token') });
      return new Response('{}', { status: 200 });
    }) as typeof globalThis.fetch;
    const user = { id: 'u1', name: 'Siti', email: 'siti@example.id' };
    const signedIn = createFakeShellContext({ slug: 'curhat', user, origin: 'http://portal.test', fetch });
    const anonymous = createFakeShellContext({ slug: 'curhat', origin: 'http://portal.test', fetch });
    await signedIn.context.fetchGateway('/laporan', { method: 'POST', body: '{}' });
    await anonymous.context.fetchGateway('/laporan', { method: 'POST', body: '{}' });
    await anonymous.context.fetchGateway('/lacak/X1');
    expect(seen).toEqual([
      { url: 'http://portal.test/api/v1/gateway/curhat/laporan', csrf: 'test-csrf-token' },
      { url: 'http://portal.test/api/v1/gateway/curhat/laporan', csrf: null },
      { url: 'http://portal.test/api/v1/gateway/curhat/lacak/X1', csrf: null },
    ]);
    expect(anonymous.record().gatewayCalls).toEqual([
      { method: 'POST', path: '/laporan' },
      { method: 'GET', path: '/lacak/X1' },
    ]);
  });

  it('hands out copies: a test cannot change what was recorded by editing a snapshot', () => {
    const shell = createFakeShellContext({ slug: 'darurat' });
    shell.context.navigate('/');
    shell.record().navigations.push('/elsewhere');
    expect(shell.record().navigations).toEqual(['/']);
  });
});
