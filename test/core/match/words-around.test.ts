import { describe, expect, it } from 'vitest';
import { sentenceStartOf, wordAfter, wordBefore } from '../../../src/core/match/words-around';

describe('wordBefore: the word just before a match, white space only between', () => {
  it.each<[string, string | null]>([
    ['Tiffany |Trump', 'Tiffany'],
    ['Mrs. |Macron', 'Mrs.'],
    ['W.K. |Kellogg', 'W.K.'],
    ['Jean-Michel |Macron', 'Jean-Michel'],
    ['Tiffany, |Trump', null],
    ['(|Trump', null],
    ['pro-|Trump', null],
    ['|Trump', null],
    ['Lars\u00a0Løkke |Rasmussen', 'Løkke'],
  ])('%s', (marked, expected) => {
    const at = marked.indexOf('|');
    expect(wordBefore(marked.replace('|', ''), at)?.text ?? null).toBe(expected);
  });
});

describe('wordAfter: the word just after a match', () => {
  it.each<[string, boolean, string | null]>([
    ['Trump| Jr.', false, 'Jr.'],
    ['Trump|, Jr.', true, 'Jr.'],
    ['Trump|, Jr.', false, null],
    ['Trump| International Hotel', false, 'International'],
    ['Trump|’s plan', false, null],
    ['Trump|', false, null],
  ])('%s', (marked, comma, expected) => {
    const at = marked.indexOf('|');
    expect(wordAfter(marked.replace('|', ''), at, comma)?.text ?? null).toBe(expected);
  });
});

describe('sentenceStartOf', () => {
  it.each<[string, string]>([
    ['Tiffany Trump married. |Trump', 'Trump'],
    ['Brigitte Macron said |Macron', 'Brigitte Macron said Macron'],
    ['U.S. envoy |Kellogg', 'U.S. envoy Kellogg'],
    ['Fred C. |Trump', 'Fred C. Trump'],
    ['Headline\nWhy |Trump', 'Why Trump'],
  ])('%s', (marked, sentence) => {
    const at = marked.indexOf('|');
    const text = marked.replace('|', '');
    expect(text.slice(sentenceStartOf(text, at)).trim()).toBe(sentence);
  });

  it.each([2_001, 10_000, 1_000_000])(
    'looks back at most 2,000 code units in %i without a sentence end',
    (n) => {
      const text = `${'word '.repeat(n / 5)}Trump`;
      expect(sentenceStartOf(text, text.length - 5)).toBe(text.length - 5 - 2000);
    },
  );
});
