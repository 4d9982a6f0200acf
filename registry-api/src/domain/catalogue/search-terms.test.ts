import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, searchWords } from './search-terms';

describe('searchWords', () => {
  it.each([
    ['Pajak Bumi', ['pajak', 'bumi']],
    ['  KESEHATAN   ibu ', ['kesehatan', 'ibu']],
    ['Café Ñandú', ['cafe', 'nandu']],
    ['ktp-el', ['ktp', 'el']],
    ["'; drop table services; --", ['drop', 'table', 'services']],
    ['%_\\', []],
    ['pajak & !wifi | (x):*', ['pajak', 'wifi', 'x']],
    ['日本語 テスト', ['日本語', 'テスト']],
    ['😀👍', []],
  ])('%j → %j', (query, words) => {
    expect(searchWords(query)).toEqual(words);
  });

  it(`keeps at most ${MAX_SEARCH_WORDS} words`, () => {
    expect(searchWords('a b c d e f g h i j k')).toHaveLength(MAX_SEARCH_WORDS);
  });
});
