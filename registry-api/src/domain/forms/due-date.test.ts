import { describe, expect, it } from 'vitest';
import { dueDateFor, jakartaDate } from './due-date';
import { newTrackingCode, normaliseTrackingCode, TRACKING_CODE_PATTERN } from './tracking-code';

describe('due dates', () => {
  it('counts from the Asia/Jakarta date: 20:00 UTC on a Friday is already Saturday there', () => {
    expect(jakartaDate(new Date('2026-05-15T20:00:00Z'))).toBe('2026-05-16');
    expect(jakartaDate(new Date('2026-05-15T16:59:59Z'))).toBe('2026-05-15');
  });

  it('adds working days, Monday to Friday', () => {
    // Wednesday + 3 → Monday; Friday + 1 → Monday; Saturday (in Jakarta) + 1 → Monday; + 10 → two weeks.
    expect(dueDateFor(new Date('2026-05-13T03:00:00Z'), 3)).toBe('2026-05-18');
    expect(dueDateFor(new Date('2026-05-15T03:00:00Z'), 1)).toBe('2026-05-18');
    expect(dueDateFor(new Date('2026-05-15T20:00:00Z'), 1)).toBe('2026-05-18');
    expect(dueDateFor(new Date('2026-05-11T03:00:00Z'), 10)).toBe('2026-05-25');
  });
});

describe('tracking codes', () => {
  it('use the city prefix and no look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(TRACKING_CODE_PATTERN);
    expect(newTrackingCode().startsWith('MJK-')).toBe(true);
  });

  it('read what a citizen typed', () => {
    expect(normaliseTrackingCode(' mjk 7qk4m9 ')).toBe('MJK-7QK4M9');
    expect(normaliseTrackingCode('mjk-7qk4m9')).toBe('MJK-7QK4M9');
  });
});
