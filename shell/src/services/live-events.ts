import { withdrawPlugin } from '../loader/plugin-applications';
import type { CatalogueStore } from './catalogue-store';

const EVENT_TYPES = ['catalogue.changed', 'service.enabled', 'service.disabled', 'version.activated'] as const;

/**
 * Follows the registry's event stream. The browser's EventSource reconnects by itself and sends
 * Last-Event-ID, so nothing is missed across a dropped connection. A disabled service is
 * withdrawn at once (the kill switch must bite within seconds); every change revalidates the
 * catalogue.
 */
export function followLiveEvents(catalogue: CatalogueStore, url = '/api/v1/events'): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(url);
  const onEvent = (event: MessageEvent<string>) => {
    if (event.type === 'service.disabled') {
      const slug = readSlug(event.data);
      if (slug) void withdrawPlugin(slug);
    }
    void catalogue.load();
  };
  for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
  // Back online after a gap the stream could not cover: revalidate.
  source.addEventListener('open', () => void catalogue.load());
  return () => source.close();
}

function readSlug(data: string): string | null {
  try {
    const parsed = JSON.parse(data) as { slug?: unknown };
    return typeof parsed.slug === 'string' ? parsed.slug : null;
  } catch {
    return null;
  }
}
