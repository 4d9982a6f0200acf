// The usage answers of the registry as the console draws them (ServiceUsage and
// ServiceUsageSummary in /api/v1/openapi.json), and the arithmetic of the chart.

export interface UsageDay {
  /** YYYY-MM-DD, Asia/Jakarta. */
  date: string;
  opens: number;
  formStarts: number;
  requests: number;
}

export interface ServiceUsage {
  days: UsageDay[];
  totals: { opens: number; formStarts: number; requests: number; completion: number | null };
}

export interface ServiceUsageSummary {
  slug: string;
  name: { id: string; en: string };
  kind: 'module' | 'form' | 'link';
  enabled: boolean;
  opd: { slug: string; name: string };
  opens: number;
  formStarts: number;
  requests: number;
}

/** The windows staff can pick; the registry takes 1–90 days. */
export const USAGE_WINDOWS = [7, 30, 90] as const;
export type UsageWindow = (typeof USAGE_WINDOWS)[number];

/**
 * A bar's height as a percentage of the tallest day's. A day with any opens gets at least a
 * sliver (2 %), so "a few" is never drawn the same as "none" beside a busy day.
 */
export function barPercent(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}

export function tallestDay(days: readonly UsageDay[]): number {
  return days.reduce((max, day) => Math.max(max, day.opens), 0);
}

/** "42 %" / "42%": completion (requests ÷ opens) in the staff member's language; "—" when there is none. */
export function formatCompletion(completion: number | null, locale: 'id' | 'en'): string {
  if (completion === null) return '—';
  return completion.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 1 });
}

/** "23 Nov" / "23 Nov": a day of the chart, read as the calendar date it is (no time-zone shift). */
export function formatDay(date: string, locale: 'id' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** GET /usage's query for one page of the overview. */
export function overviewQuery(days: number, cursor: string | null, limit = 25): string {
  const params = new URLSearchParams({ days: String(days), limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/usage?${params.toString()}`;
}
