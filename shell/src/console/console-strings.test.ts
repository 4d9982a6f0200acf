import { describe, expect, it } from 'vitest';
import { consoleEn, consoleId } from './console-strings';

describe('console strings', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(consoleEn).sort()).toEqual(Object.keys(consoleId).sort());
    for (const [key, value] of [...Object.entries(consoleId), ...Object.entries(consoleEn)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(consoleId) as (keyof typeof consoleId)[]) {
      expect(placeholders(consoleEn[key]), key).toEqual(placeholders(consoleId[key]));
    }
  });
});
