import { describe, expect, it } from 'vitest';
import type { DateCandidate, DatePlace, DateSignal } from '../../../src/core/dates/date-signals';
import { parseDateValue } from '../../../src/core/dates/parse-article-date';
import { type DateVerdict, rankDateCandidates } from '../../../src/core/dates/rank-date-candidates';

const TODAY = '2025-06-10';
const c = (
  signal: DateSignal,
  value: string,
  place: DatePlace = 'head',
  extra: Partial<DateCandidate> = {},
) =>
  ({
    signal,
    source: `${signal} ${value}`,
    reading: parseDateValue(value)!,
    place,
    ...extra,
  }) as DateCandidate;
const day = (v: DateVerdict) => (v.kind === 'found' ? v.date : v.kind);

describe('rankDateCandidates', () => {
  it.each<[string, DateCandidate[], string]>([
    ['nothing', [], 'none'],
    ['one meta', [c('meta-published', '2025-06-04T10:00:00+02:00')], '2025-06-04'],
    [
      'json-ld article beats a generic meta',
      [c('meta-generic', '2025-01-01'), c('json-ld-article', '2025-06-04')],
      '2025-06-04',
    ],
    [
      'an article beats its WebPage node',
      [c('json-ld-page', '2024-01-01'), c('json-ld-article', '2025-06-04')],
      '2025-06-04',
    ],
    [
      'a byline beats a WebPage node',
      [c('json-ld-page', '2024-01-01'), c('byline-text', '2025-06-04', 'headline')],
      '2025-06-04',
    ],
    [
      'a comment time loses to the headline byline',
      [c('time', '2025-06-09', 'aside'), c('byline-text', '2025-06-04', 'headline')],
      '2025-06-04',
    ],
    ['a lone sidebar time is not believed', [c('time', '2025-06-09', 'aside')], 'none'],
    [
      'the first text date wins',
      [c('text', '2025-06-04', 'article', { order: 10 }), c('text', '2025-05-01', 'article', { order: 40 })],
      '2025-06-04',
    ],
    [
      'a keyword makes a later text date win',
      [
        c('text', '2025-05-01', 'article', { order: 10 }),
        c('text', '2025-06-04', 'article', { order: 40, keyword: 'published' }),
      ],
      '2025-06-04',
    ],
    [
      'an "updated" text date is not the publication',
      [
        c('text', '2025-06-08', 'headline', { keyword: 'modified' }),
        c('text', '2025-06-04', 'headline', { order: 2 }),
      ],
      '2025-06-04',
    ],
    [
      'agreement outweighs a single stronger signal',
      [
        c('time', '2025-06-03', 'article'),
        c('url', '2025-06-04'),
        c('byline-text', '2025-06-04', 'headline'),
      ],
      '2025-06-04',
    ],
    ['the url alone', [c('url', '2023-11-08')], '2023-11-08'],
    [
      'utc gives way to the same instant with an offset',
      [c('meta-published', '2020-01-18T23:30:00Z'), c('meta-published', '2020-01-19T00:30:00+01:00')],
      '2020-01-19',
    ],
    [
      'utc gives way to the url day east of Greenwich',
      [c('meta-published', '2020-01-18T23:30:00Z'), c('url', '2020-01-19')],
      '2020-01-19',
    ],
    [
      'utc gives way to the url day west of Greenwich',
      [c('meta-published', '2020-01-19T03:00:00Z'), c('url', '2020-01-18')],
      '2020-01-18',
    ],
    [
      'utc keeps its day when the url is a day off the wrong way',
      [c('meta-published', '2020-01-18T02:00:00Z'), c('url', '2020-01-19')],
      '2020-01-18',
    ],
    [
      'a different instant with an offset does not move a utc day',
      [c('meta-published', '2020-01-18T23:30:00Z'), c('meta-published', '2020-01-19T09:30:00+01:00')],
      '2020-01-18',
    ],
    [
      "utc gives way to the day the byline under the title prints (the publisher's evening)",
      [c('meta-published', '2020-01-19T02:30:00Z'), c('byline-text', '2020-01-18', 'headline', { order: 5 })],
      '2020-01-18',
    ],
    [
      "a reply's byline a day later does not move the utc day the first byline prints",
      [
        c('meta-published', '2019-03-12T21:04:11Z'),
        c('markup-published', '2019-03-12T21:04:11Z', 'headline', { order: 12 }),
        c('markup-published', '2019-03-13T07:22:00Z', 'headline', { order: 21 }),
        c('byline-text', '2019-03-12', 'headline', { order: 12 }),
        c('byline-text', '2019-03-13', 'headline', { order: 21 }),
      ],
      '2019-03-12',
    ],
    [
      'before 1990 is ignored',
      [c('meta-published', '1970-01-01T00:00:00Z'), c('url', '2019-02-02')],
      '2019-02-02',
    ],
    [
      'after tomorrow is ignored',
      [c('json-ld-article', '2025-06-12'), c('meta-published', '2025-06-04')],
      '2025-06-04',
    ],
    ['tomorrow is allowed', [c('json-ld-article', '2025-06-11')], '2025-06-11'],
    [
      'strong signals years apart',
      [c('json-ld-article', '2012-03-03'), c('meta-published', '2019-03-03')],
      'uncertain',
    ],
    [
      'years apart, the url breaks the tie',
      [c('json-ld-article', '2012-03-03'), c('meta-published', '2019-03-03'), c('url', '2019-03-03')],
      '2019-03-03',
    ],
    [
      'years apart but one far weaker',
      [c('json-ld-article', '2019-03-03'), c('text', '2012-03-03', 'page')],
      '2019-03-03',
    ],
    ['modified only stands in', [c('modified', '2025-06-04T10:00:00Z')], '2025-06-04'],
    [
      'a published stamp equal to the modified one is a re-publication',
      [
        c('meta-published', '2015-09-17T10:00:00+01:00'),
        c('meta-published', '2016-05-08T12:00:00+01:00'),
        c('markup-published', '2016-05-08T12:00:00+01:00', 'article'),
        c('modified', '2016-05-08T12:00:00+01:00'),
      ],
      '2015-09-17',
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(day(rankDateCandidates(candidates, TODAY))).toBe(expected);
  });

  it.each<[string, DateCandidate[], string | null, string]>([
    ['a dateline', [c('text', '2021-03-03', 'article')], null, '2021-03-03'],
    ['a date inside a sentence', [c('text', '2021-03-03', 'article', { inProse: true })], null, 'none'],
    [
      'a date inside a sentence near the title',
      [c('text', '2021-03-03', 'headline', { inProse: true })],
      null,
      'none',
    ],
    [
      'a date inside a sentence the address agrees with',
      [c('text', '2021-03-03', 'article', { inProse: true }), c('url', '2021-03-03')],
      null,
      '2021-03-03',
    ],
    [
      'a byline in the month of the address',
      [c('byline-text', '2023-11-08', 'headline')],
      '2023-11',
      '2023-11-08',
    ],
    [
      'a byline in another month than the address still stands',
      [c('byline-text', '2021-03-03', 'headline')],
      '2023-11',
      '2021-03-03',
    ],
    [
      'a lone text date in another month than the address',
      [c('text', '2021-03-03', 'article')],
      '2023-11',
      'none',
    ],
    [
      'of two bylines, the one in the month of the address',
      [
        c('byline-text', '2021-03-03', 'headline', { order: 1 }),
        c('byline-text', '2023-11-08', 'headline', { order: 5 }),
      ],
      '2023-11',
      '2023-11-08',
    ],
    [
      'a text date in another month than the address',
      [c('text', '2021-03-03', 'article'), c('text', '2023-11-08', 'article', { order: 40 })],
      '2023-11',
      '2023-11-08',
    ],
    [
      'metadata is not second-guessed by the address month',
      [c('meta-published', '2023-10-31T23:00:00+01:00')],
      '2023-11',
      '2023-10-31',
    ],
  ])('%s', (_name, candidates, urlMonth, expected) => {
    expect(day(rankDateCandidates(candidates, TODAY, { urlMonth }))).toBe(expected);
  });

  it('names the source and a later update', () => {
    expect(
      rankDateCandidates([c('json-ld-article', '2025-06-04'), c('modified', '2025-06-08T10:00:00Z')], TODAY),
    ).toEqual({
      kind: 'found',
      date: '2025-06-04',
      source: 'json-ld-article 2025-06-04',
      updated: '2025-06-08',
    });
  });

  it('says which dates disagree when uncertain', () => {
    expect(
      rankDateCandidates([c('json-ld-article', '2012-03-03'), c('meta-published', '2019-03-03')], TODAY),
    ).toEqual({
      kind: 'uncertain',
      dates: ['2012-03-03', '2019-03-03'],
      sources: ['json-ld-article 2012-03-03', 'meta-published 2019-03-03'],
    });
  });
});
