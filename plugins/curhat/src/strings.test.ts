import { describe, expect, it } from 'vitest';
import { CATEGORIES, STATUSES, TOPICS } from './complaint';
import { categoryKey, dateTime, fill, problemKey, statusKey, STRINGS, topicKey } from './strings';

describe('strings', () => {
  it('has every sentence in both languages, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
    for (const table of Object.values(STRINGS)) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('names every category, topic and status', () => {
    for (const table of Object.values(STRINGS)) {
      for (const category of CATEGORIES) expect(table[categoryKey(category)]).toBeTruthy();
      for (const topic of TOPICS) expect(table[topicKey(topic)]).toBeTruthy();
      for (const status of STATUSES) expect(table[statusKey(status)]).toBeTruthy();
    }
  });

  it('explains a problem in the citizen’s language', () => {
    expect(fill(STRINGS.id[problemKey('description-short')], { count: 6 })).toBe('Uraian terlalu singkat: paling sedikit 20 karakter (6 diketik).');
    expect(fill(STRINGS.en[problemKey('description-short')], { count: 6 })).toContain('at least 20 characters');
  });

  it('writes moments in Mojokerto time, the local way', () => {
    expect(dateTime('2026-11-06T15:30:00+07:00', 'id')).toContain('6 November 2026');
    expect(dateTime('2026-11-06T15:30:00+07:00', 'id')).toContain('15.30');
    expect(dateTime('2026-11-06T08:30:00Z', 'en')).toContain('15:30');
  });
});
