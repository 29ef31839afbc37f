import { describe, expect, it } from 'vitest';
import { parseArticleDate, parseOneDate } from '../../../src/core/dates/parse-article-date';

describe('parseOneDate', () => {
  it.each<[string, string | null]>([
    ['2025-06-04', '2025-06-04'],
    ['2025-06-04T07:30:00+01:00', '2025-06-04'],
    ['2021-11-01T10:52:50+0100', '2021-11-01'],
    ['2015-03-27T13:07:55.096Z', '2015-03-27'],
    ['2017-11-03 03:01:00.000000', '2017-11-03'],
    ['2018-04-05T06:00', '2018-04-05'],
    ['2025-01-24T23:59:00-08:00', '2025-01-24'],
    ['  2025-06-04  ', '2025-06-04'],
    ['2025/6/4', '2025-06-04'],
    ['Wed, 04 Jun 2025 10:00:00 GMT', '2025-06-04'],
    ['4 June 2025', '2025-06-04'],
    ['4 Jun. 2025', '2025-06-04'],
    ['June 4, 2025', '2025-06-04'],
    ['Sept 9, 2024', '2024-09-09'],
    ['Wednesday, June 4th, 2025', '2025-06-04'],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['yesterday', null],
    ['', null],
    ['1749024000', null],
    ['June 2025', null],
  ])('%j → %s', (raw, expected) => {
    expect(parseOneDate(raw)).toBe(expected);
  });
});

describe('parseArticleDate', () => {
  it('takes the first candidate that parses, and says where it came from', () => {
    expect(
      parseArticleDate([
        { from: 'json-ld datePublished', value: 'not a date' },
        { from: 'meta article:published_time', value: '2025-01-25T09:00:00+00:00' },
        { from: 'time datetime', value: '2025-01-26' },
      ]),
    ).toEqual({ date: '2025-01-25', from: 'meta article:published_time' });
  });

  it('is null when nothing parses', () => {
    expect(parseArticleDate([])).toBeNull();
    expect(parseArticleDate([{ from: 'meta date', value: 'soon' }])).toBeNull();
  });
});
