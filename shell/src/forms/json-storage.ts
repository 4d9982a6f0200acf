/**
 * A JSON list or record in the device's storage that still works for the page when the storage
 * refuses writes (private mode, full): the last value is kept in memory and wins over the stored one.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class JsonSlot<T> {
  private unsaved: { value: T } | null = null;

  constructor(
    private readonly storage: () => StorageLike,
    private readonly key: string,
    private readonly read: (raw: unknown) => T,
  ) {}

  get(): T {
    if (this.unsaved) return this.unsaved.value;
    try {
      return this.read(JSON.parse(this.storage().getItem(this.key) ?? 'null'));
    } catch {
      return this.read(null); // garbage in storage, or a storage that refuses reads
    }
  }

  /** Stores `value`; returns false when only this page's memory holds it. */
  set(value: T): boolean {
    try {
      this.storage().setItem(this.key, JSON.stringify(value));
      this.unsaved = null;
      return true;
    } catch {
      this.unsaved = { value };
      return false;
    }
  }

  remove(): void {
    this.unsaved = null;
    try {
      this.storage().removeItem(this.key);
    } catch {
      // Nothing stored that could be removed.
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
