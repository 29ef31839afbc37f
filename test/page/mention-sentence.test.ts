import { describe, expect, it } from 'vitest';
import { firstWordsOfSentence } from '../../src/page/mention-sentence';

const text =
  'The coalition of the willing met again on Thursday. Prime Minister Keir Starmer’s advisers pressed Washington for support, officials said. Mr. Starmer agreed.';

describe('firstWordsOfSentence', () => {
  it.each<[string, number, string]>([
    [
      'the first sentence, short enough to read whole',
      4,
      'The coalition of the willing met again on Thursday.',
    ],
    [
      'a mention in the second sentence',
      text.indexOf('Keir'),
      'Prime Minister Keir Starmer’s advisers pressed Washington for support, officials…',
    ],
    [
      'the offset of the sentence’s first letter',
      text.indexOf('Prime'),
      'Prime Minister Keir Starmer’s advisers pressed Washington for support, officials…',
    ],
    ['the last sentence', text.lastIndexOf('Starmer'), 'Mr. Starmer agreed.'],
  ])('%s', (_name, at, expected) => {
    expect(firstWordsOfSentence(text, at)).toBe(expected);
  });

  it.each<[string, string]>([
    ['  Keir\n   Starmer   spoke. ', 'Keir Starmer spoke.'],
    ['Keir Starmer', 'Keir Starmer'],
    ['', ''],
  ])('collapses whitespace: %j', (input, expected) => {
    expect(firstWordsOfSentence(input, 2)).toBe(expected);
  });

  it('cuts after the given number of words', () => {
    expect(firstWordsOfSentence('one two three four five six.', 0, 3)).toBe('one two three…');
  });
});
