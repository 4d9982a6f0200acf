import type { Locale } from '@palapa/sdk';
import { en, id, type StringKey } from './strings';

const STORAGE_KEY = 'palapa.locale';
const tables = { id, en } as const;
type Listener = (locale: Locale) => void;

/** The citizen's language: Indonesian unless they chose English, remembered on the device. */
class LocaleStore {
  private current: Locale = readStored();
  private readonly listeners = new Set<Listener>();

  get locale(): Locale {
    return this.current;
  }

  set(locale: Locale) {
    if (locale === this.current) return;
    this.current = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or full storage: the choice lasts for this visit only.
    }
    document.documentElement.lang = locale;
    for (const listener of this.listeners) listener(locale);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function readStored(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export const localeStore = new LocaleStore();

/** Translates `key` into the current language, filling `{name}` placeholders. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[localeStore.locale][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
