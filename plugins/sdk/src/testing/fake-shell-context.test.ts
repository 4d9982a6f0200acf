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
    });
  });

  it('hands out copies: a test cannot change what was recorded by editing a snapshot', () => {
    const shell = createFakeShellContext({ slug: 'darurat' });
    shell.context.navigate('/');
    shell.record().navigations.push('/elsewhere');
    expect(shell.record().navigations).toEqual(['/']);
  });
});
