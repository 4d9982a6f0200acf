/**
 * Where each service's plugin renders. The service page attaches its host element when it
 * renders; the plugin's mount waits for it, because single-spa may mount before Lit has drawn.
 */
class OutletRegistry {
  private readonly hosts = new Map<string, HTMLElement>();
  private readonly waiters = new Map<string, Set<(host: HTMLElement) => void>>();

  attach(slug: string, host: HTMLElement) {
    this.hosts.set(slug, host);
    for (const resolve of this.waiters.get(slug) ?? []) resolve(host);
    this.waiters.delete(slug);
  }

  detach(slug: string, host: HTMLElement) {
    if (this.hosts.get(slug) === host) this.hosts.delete(slug);
  }

  waitFor(slug: string, timeoutMs: number): Promise<HTMLElement> {
    const host = this.hosts.get(slug);
    if (host) return Promise.resolve(host);
    return new Promise((resolve, reject) => {
      const waiters = this.waiters.get(slug) ?? new Set();
      const settle = (element: HTMLElement) => {
        clearTimeout(timer);
        resolve(element);
      };
      const timer = setTimeout(() => {
        waiters.delete(settle);
        reject(new Error(`No outlet for ${slug} appeared within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(settle);
      this.waiters.set(slug, waiters);
    });
  }
}

export const outlets = new OutletRegistry();
