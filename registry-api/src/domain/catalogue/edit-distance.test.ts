import { describe, expect, it } from 'vitest';
import { editDistance, prefixEditDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['pajak', 'pajak', 0],
    ['pjak', 'pajak', 1],
    ['kesehtan', 'kesehatan', 1],
    ['ambualns', 'ambulans', 1],
    ['polisi', 'police', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops early past the maximum, answering max + 1', () => {
    expect(editDistance('pajak', 'retribusi', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('prefixEditDistance', () => {
  it('measures a half-typed word against the start of a word', () => {
    expect(prefixEditDistance('kesj', 'kesehatan', 1)).toBe(1);
    expect(prefixEditDistance('kesht', 'kesehatan', 1)).toBe(2);
    expect(prefixEditDistance('posyan', 'posyandu', 1)).toBe(0);
    expect(prefixEditDistance('zzz', 'posyandu', 1)).toBe(2);
  });
});
