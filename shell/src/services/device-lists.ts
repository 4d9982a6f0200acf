/**
 * The citizen's favourite and recently used services, kept on this device only (no account
 * needed). When a signed-in citizen's account can hold them (the session store exists; the
 * registry has no such endpoint yet), the account copy can be merged in here.
 */
type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const RECENT_LIMIT = 6;
const FAVOURITES_KEY = 'palapa.favourites';
const RECENT_KEY = 'palapa.recent';

export class DeviceLists extends EventTarget {
  /** The lists whose last write the storage refused (private mode, full): they win over what it holds. */
  private readonly memory = new Map<string, string[]>();

  constructor(private readonly storage: () => StorageLike = () => localStorage) {
    super();
  }

  get favourites(): string[] {
    return this.read(FAVOURITES_KEY);
  }

  get recent(): string[] {
    return this.read(RECENT_KEY);
  }

  isFavourite(slug: string): boolean {
    return this.favourites.includes(slug);
  }

  /** Stars or unstars a service; returns whether it is a favourite now. */
  toggleFavourite(slug: string): boolean {
    const favourites = this.favourites;
    const next = favourites.includes(slug) ? favourites.filter((s) => s !== slug) : [...favourites, slug];
    this.write(FAVOURITES_KEY, next);
    return next.includes(slug);
  }

  /** Puts a service at the front of the recently used list, which keeps the last few. */
  markUsed(slug: string): void {
    const next = [slug, ...this.recent.filter((s) => s !== slug)].slice(0, RECENT_LIMIT);
    this.write(RECENT_KEY, next);
  }

  private read(key: string): string[] {
    const unsaved = this.memory.get(key);
    if (unsaved) return unsaved;
    try {
      const parsed: unknown = JSON.parse(this.storage().getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === 'string').slice(0, 100) : [];
    } catch {
      return []; // garbage in storage, or a storage that refuses reads
    }
  }

  private write(key: string, slugs: string[]) {
    try {
      this.storage().setItem(key, JSON.stringify(slugs));
      this.memory.delete(key);
    } catch {
      // Private mode or full storage: the list lasts for this page only, which is acceptable.
      this.memory.set(key, slugs);
    }
    this.dispatchEvent(new Event('change'));
  }
}

export const deviceLists = new DeviceLists();
