import type { Locale } from '@palapa/sdk';
import { localeStore } from '../i18n/locale';
import { formEn, formId, type FormStringKey } from './form-strings';

const tables = { id: formId, en: formEn } as const;

/** A forms string in `locale`, filling `{name}` placeholders (as the shell's `t`). */
export function formText(locale: Locale, key: FormStringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[locale][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** A forms string in the citizen's current language. */
export function ft(key: FormStringKey, values: Record<string, string | number> = {}): string {
  return formText(localeStore.locale, key, values);
}

/** A calendar date (`YYYY-MM-DD` or an ISO time) as a citizen reads it. */
export function formatDate(iso: string, locale: Locale = localeStore.locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A moment (ISO) with its time, for timelines. */
export function formatDateTime(iso: string, locale: Locale = localeStore.locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
