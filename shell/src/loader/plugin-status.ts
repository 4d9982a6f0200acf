import type { PluginFailure } from './plugin-error';

export type PluginStatus =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'mounted' }
  /** Switched off by an admin (the kill switch). */
  | { state: 'unavailable' }
  | { state: 'error'; failure: PluginFailure; message: string };

/** The state of each service's plugin, for the service page to show loading, content or an error card. */
class PluginStatusStore extends EventTarget {
  private readonly statuses = new Map<string, PluginStatus>();

  get(slug: string): PluginStatus {
    return this.statuses.get(slug) ?? { state: 'idle' };
  }

  set(slug: string, status: PluginStatus) {
    this.statuses.set(slug, status);
    this.dispatchEvent(new CustomEvent<string>('change', { detail: slug }));
  }
}

export const pluginStatuses = new PluginStatusStore();
