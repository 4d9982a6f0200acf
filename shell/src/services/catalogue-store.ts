import type { CatalogueEntry, CatalogueList } from '@palapa/sdk';
import { ApiRequestError, getJson } from './api-client';
import { catalogueListCheck } from './catalogue-check';
import { FROM_CACHE_HEADER } from './connectivity';

const CACHE_KEY = 'palapa.catalogue.v1';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; items: CatalogueEntry[]; stale: boolean }
  | { status: 'error'; error: ApiRequestError };

interface CachedCatalogue {
  etag: string;
  list: CatalogueList;
}

/**
 * The catalogue as the shell knows it. The last copy is kept on the device and revalidated with
 * its ETag, so a repeat visit shows services at once and a dead network still shows the last list.
 */
export class CatalogueStore extends EventTarget {
  state: CatalogueState = { status: 'loading' };
  private loading: Promise<void> | null = null;

  constructor(private readonly url = '/api/v1/catalogue') {
    super();
    const cached = readCache();
    if (cached) this.state = { status: 'ready', items: cached.list.items, stale: true };
  }

  find(slug: string): CatalogueEntry | undefined {
    return this.state.status === 'ready' ? this.state.items.find((item) => item.slug === slug) : undefined;
  }

  /** Fetches (or revalidates) the catalogue; concurrent calls share one request. */
  load(): Promise<void> {
    this.loading ??= this.fetchCatalogue().finally(() => (this.loading = null));
    return this.loading;
  }

  private async fetchCatalogue() {
    const cached = readCache();
    if (this.state.status === 'error') this.setState({ status: 'loading' });
    try {
      const headers: Record<string, string> = cached ? { 'If-None-Match': cached.etag } : {};
      // no-cache: always revalidate with the server (cheap with the ETag); a change event must not
      // be answered from the browser's HTTP cache.
      const { data, response } = await getJson(this.url, catalogueListCheck, { headers, cache: 'no-cache' });
      const list = data ?? cached?.list;
      if (!list) throw new ApiRequestError(response.status, 'invalid_response', 'Empty catalogue response');
      const etag = response.headers.get('ETag');
      const fromServiceWorkerCache = response.headers.has(FROM_CACHE_HEADER);
      if (data && etag && !fromServiceWorkerCache) writeCache({ etag, list: data });
      this.setState({ status: 'ready', items: list.items, stale: fromServiceWorkerCache });
    } catch (error) {
      const failure = error instanceof ApiRequestError ? error : new ApiRequestError(0, 'unknown', String(error));
      if (cached) this.setState({ status: 'ready', items: cached.list.items, stale: true });
      else this.setState({ status: 'error', error: failure });
    }
  }

  private setState(state: CatalogueState) {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

function readCache(): CachedCatalogue | null {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { etag?: unknown; list?: unknown };
    const list = catalogueListCheck.safeParse(parsed.list);
    return typeof parsed.etag === 'string' && list.success ? { etag: parsed.etag, list: list.data } : null;
  } catch {
    return null;
  }
}

function writeCache(cache: CachedCatalogue) {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(cache));
  } catch {
    // Full storage only costs the offline copy.
  }
}
