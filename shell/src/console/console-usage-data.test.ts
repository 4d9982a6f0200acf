import { describe, expect, it } from 'vitest';
import { barPercent, formatCompletion, formatDay, overviewQuery, tallestDay } from './console-usage-data';

describe('console usage data', () => {
  it('scales bars to the tallest day, keeping a sliver for small non-zero days', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(100, 100)).toBe(100);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 1000)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
    expect(tallestDay([{ date: '2026-11-22', opens: 3, formStarts: 0, requests: 0 }, { date: '2026-11-23', opens: 9, formStarts: 1, requests: 0 }])).toBe(9);
    expect(tallestDay([])).toBe(0);
  });

  it('shows completion as a percentage in either language, and a dash when there is none', () => {
    expect(formatCompletion(0.25, 'en')).toBe('25%');
    expect(formatCompletion(0.4567, 'id').replace(/\s/g, ' ')).toMatch(/^45,7\s?%$/);
    expect(formatCompletion(null, 'id')).toBe('—');
  });

  it('reads a chart day as its calendar date, whatever the browser time zone', () => {
    expect(formatDay('2026-11-23', 'en')).toBe('23 Nov');
    expect(formatDay('2026-01-01', 'id')).toMatch(/^1 Jan/);
    expect(formatDay('bukan', 'id')).toBe('bukan');
  });

  it('asks the overview for a window and a page', () => {
    const params = new URL(overviewQuery(30, 'abc'), 'http://x').searchParams;
    expect(params.get('days')).toBe('30');
    expect(params.get('cursor')).toBe('abc');
    expect(new URL(overviewQuery(7, null), 'http://x').searchParams.has('cursor')).toBe(false);
  });
});
