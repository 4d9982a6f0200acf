import { localeStore } from '../i18n/locale';
import { consoleEn, consoleId, type ConsoleStringKey } from './console-strings';

const tables = { id: consoleId, en: consoleEn } as const;

/** Translates a console string into the current language, filling `{name}` placeholders (as the shell's `t`). */
export function ct(key: ConsoleStringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[localeStore.locale][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** A date and time as staff in Indonesia read it (WIB is the browser's business). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(localeStore.locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
