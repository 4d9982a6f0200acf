import { describe, expect, it } from 'vitest';
import { bookableDays, isBookable, slotTimes, wibDate } from './calendar';

describe('slotTimes', () => {
  it('opens 30-minute slots from 08:00 to 15:00, Friday until 11:00, none at weekends', () => {
    const monday = slotTimes('2026-11-23');
    expect(monday).toHaveLength(14);
    expect(monday[0]).toBe('08:00');
    expect(monday.at(-1)).toBe('14:30');
    expect(slotTimes('2026-11-27')).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30']);
    expect(slotTimes('2026-11-28')).toEqual([]);
    expect(slotTimes('2026-11-29')).toEqual([]);
  });

  it('closes on public holidays and cuti bersama', () => {
    expect(slotTimes('2026-12-24')).toEqual([]);
    expect(slotTimes('2026-12-25')).toEqual([]);
    expect(slotTimes('2027-01-01')).toEqual([]);
  });
});

describe('bookableDays', () => {
  it('uses Mojokerto time: 23:30 UTC on Sunday is already Monday morning', () => {
    expect(wibDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });

  it('offers the rest of today and the working days of the next 14 days', () => {
    const days = bookableDays(new Date('2026-12-16T03:10:00Z')); // Wednesday 10:10 WIB
    expect(days[0]).toEqual({ date: '2026-12-16', times: slotTimes('2026-12-16').filter((time) => time >= '10:30') });
    expect(days.map((day) => day.date)).toEqual([
      '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28', '2026-12-29', '2026-12-30',
    ]);
    expect(isBookable(new Date('2026-12-16T03:10:00Z'), '2026-12-16', '10:00')).toBe(false);
    expect(isBookable(new Date('2026-12-16T03:10:00Z'), '2026-12-30', '14:30')).toBe(true);
    expect(isBookable(new Date('2026-12-16T03:10:00Z'), '2026-12-31', '08:00')).toBe(false);
  });
});
