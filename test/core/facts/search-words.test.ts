import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../src/core/facts/search-words';

describe('searchWords', () => {
  it.each<[string, string[]]>([
    ['Keir Starmer’s US backstop', ['keir', 'starmer', 'us', 'backstop']],
    ["NATO's 5% target, by 2025", ['nato', 'target', 'by', '2025']],
    ['Коаліція охочих — коаліція', ['коаліція', 'охочих']],
    ['a I', []],
  ])('%s', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });
});
