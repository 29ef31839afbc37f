import { describe, expect, it } from 'vitest';
import { dayInAddressMonth } from '../../../src/core/dates/yearless-date';

describe('dayInAddressMonth', () => {
  it.each<[string, string, string | null]>([
    ['12 March · by Greg', '2019-03', '2019-03-12'],
    ['16. April', '2018-04', '2018-04-16'],
    ['March 12th · 2 min read', '2019-03', '2019-03-12'],
    ['12 de marzo', '2019-03', '2019-03-12'],
    // Another month than the address names, or a full date, is not this rule's.
    ['16. Mai', '2018-04', null],
    ['12 March 2019', '2019-03', null],
    ['March 12, 2019', '2019-03', null],
    ['31 April', '2018-04', null],
    ['by Greg, 3 comments', '2019-03', null],
    // A time after the day is no year, and its hour no day.
    ['12 March 10:30', '2019-03', '2019-03-12'],
    ['12. März 09:15 Uhr', '2019-03', '2019-03-12'],
    ['12 March, 14:05', '2019-03', '2019-03-12'],
  ])('%s in %s is %s', (text, month, expected) => {
    expect(dayInAddressMonth(text, month)?.date ?? null).toBe(expected);
  });
});
