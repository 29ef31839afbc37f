import { describe, expect, it } from 'vitest';
import { parseDateValue, parseOneDate } from '../../../src/core/dates/parse-article-date';

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
    ['2025.06.04', '2025-06-04'],
    ['20201123T11:02:35Z', '2020-11-23'],
    ['20201123T110235Z', '2020-11-23'],
    ['20201123', '2020-11-23'],
    ['Tue Jul 30 09:35:14 CEST 2019', '2019-07-30'],
    ['Wed, 04 Jun 2025 10:00:00 GMT', '2025-06-04'],
    ['4 June 2025', '2025-06-04'],
    ['4 Jun. 2025', '2025-06-04'],
    ['June 4, 2025', '2025-06-04'],
    ['Sept 9, 2024', '2024-09-09'],
    ['Wednesday, June 4th, 2025', '2025-06-04'],
    ['Thursday, November 26, 2015,  6:42 AM', '2015-11-26'],
    ['16.12.2012', '2012-12-16'],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['20201340', null],
    ['yesterday', null],
    ['', null],
    ['1749024000', null],
    ['June 2025', null],
  ])('%j → %s', (raw, expected) => {
    expect(parseOneDate(raw)).toBe(expected);
  });
});

describe('parseDateValue', () => {
  it.each<[string, 'utc' | 'offset' | 'none', number | null]>([
    ['2020-01-18T23:30:00Z', 'utc', Date.UTC(2020, 0, 18, 23, 30)],
    ['2020-01-18T23:30:00+00:00', 'utc', Date.UTC(2020, 0, 18, 23, 30)],
    ['2020-01-19T00:30:00+01:00', 'offset', Date.UTC(2020, 0, 18, 23, 30)],
    ['2020-01-18T18:30:00-0500', 'offset', Date.UTC(2020, 0, 18, 23, 30)],
    ['20200118T233000Z', 'utc', Date.UTC(2020, 0, 18, 23, 30)],
    ['2020-01-18T23:30:00', 'none', null],
    ['2020-01-18', 'none', null],
  ])('%s is anchored %s', (raw, zone, instant) => {
    expect(parseDateValue(raw)).toMatchObject({ zone, instant });
  });

  it.each<[string, string | null]>([
    ['1574506955', '2019-11-23'],
    ['1574506955000', '2019-11-23'],
    ['15745069', null],
  ])('reads the Unix time %s only where allowed', (raw, expected) => {
    expect(parseDateValue(raw, { epoch: true })?.date ?? null).toBe(expected);
    expect(parseDateValue(raw)).toBeNull();
  });
});
