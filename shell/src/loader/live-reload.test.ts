import { describe, expect, it } from 'vitest';
import { devEventsUrl, followDeveloperBuilds, type LiveReloadDeps } from './live-reload';

/** The shell's override registry in miniature: a map that says which slug changed. */
class Overrides extends EventTarget {
  private readonly urls = new Map<string, URL>();
  get(slug: string) {
    return this.urls.get(slug);
  }
  set(slug: string, url: string | null) {
    if (url) this.urls.set(slug, new URL(url));
    else this.urls.delete(slug);
    this.dispatchEvent(new CustomEvent<string>('change', { detail: slug }));
  }
}

/** Records the streams the page opens (Node has no EventSource); each one can announce a build. */
function recorder() {
  const opened: { url: string; closed: boolean; source: EventTarget & { close(): void } }[] = [];
  let reloads = 0;
  const deps: LiveReloadDeps = {
    open(url) {
      const record = { url, closed: false, source: Object.assign(new EventTarget(), { close: () => void (record.closed = true) }) };
      opened.push(record);
      return record.source as unknown as EventSource;
    },
    reload: () => void (reloads += 1),
  };
  return { deps, opened, reloads: () => reloads };
}

describe('live reload of a developer override', () => {
  it('listens at the override entry origin, and nowhere without an override', () => {
    expect(devEventsUrl(new URL('http://localhost:5180/remoteEntry.js'))).toBe('http://localhost:5180/__palapa/events');
    expect(devEventsUrl(new URL('https://dev.example.id/build/remoteEntry.js?v=1'))).toBe('https://dev.example.id/__palapa/events');
    expect(devEventsUrl(null)).toBeNull();
    expect(devEventsUrl(undefined)).toBeNull();
  });

  it('opens a stream only while an override is active, and reloads on each build', () => {
    const overrides = new Overrides();
    const page = recorder();
    const stop = followDeveloperBuilds(overrides, page.deps);
    overrides.set('cek-pbb', null);
    expect(page.opened).toHaveLength(0);

    overrides.set('cek-pbb', 'http://localhost:5180/remoteEntry.js');
    overrides.set('cek-pbb', 'http://localhost:5180/remoteEntry.js');
    expect(page.opened.map((stream) => stream.url)).toEqual(['http://localhost:5180/__palapa/events']);
    page.opened[0]!.source.dispatchEvent(new Event('message'));
    expect(page.reloads()).toBe(0);
    page.opened[0]!.source.dispatchEvent(new Event('build'));
    expect(page.reloads()).toBe(1);

    overrides.set('cek-pbb', null);
    expect(page.opened[0]!.closed).toBe(true);
    overrides.set('darurat', 'http://localhost:5181/remoteEntry.js');
    stop();
    expect(page.opened[1]!.closed).toBe(true);
    overrides.set('darurat', 'http://localhost:5182/remoteEntry.js');
    expect(page.opened).toHaveLength(2);
  });

  it('stays quiet when the stream cannot be opened', () => {
    const overrides = new Overrides();
    followDeveloperBuilds(overrides, { open: () => { throw new SyntaxError('refused'); }, reload: () => undefined });
    expect(() => overrides.set('cek-pbb', 'http://localhost:5180/remoteEntry.js')).not.toThrow();
  });
});
