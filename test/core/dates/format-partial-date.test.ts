import { describe, expect, it } from 'vitest';
import { latestDay } from '../../../src/core/dates/date-keys';
import { formatPartialDate } from '../../../src/core/dates/format-partial-date';
import { type PartialDate, PartialDateSchema } from '../../../src/core/dates/partial-date';

const printed = (value: string, extra: Partial<PartialDate> = {}): PartialDate => ({
  value,
  basis: 'printed',
  ...extra,
});

describe('formatPartialDate', () => {
  it.each<[PartialDate, string]>([
    [printed('2025-06-04'), '4 Jun 2025'],
    [printed('2025-02'), 'Feb 2025'],
    [printed('2025'), '2025'],
    [printed('2025-01-24', { approximate: true }), 'about 24 Jan 2025'],
    [printed('2025-05-19', { end: '2025-05-20' }), '19–20 May 2025'],
    [printed('2025-02', { end: '2025-03' }), 'Feb – Mar 2025'],
    [printed('2024-12-30', { end: '2025-01-02' }), '30 Dec 2024 – 2 Jan 2025'],
    [printed('2025-01-24', { end: '2025-02', approximate: true }), 'about 24 Jan 2025 – Feb 2025'],
    [printed('2025-01-24', { relation: 'by' }), 'by 24 Jan 2025'],
    [printed('2025-01', { end: '2025-01-24', relation: 'by' }), 'by 24 Jan 2025'],
    [printed('2025-01-24', { relation: 'by', approximate: true }), 'by about 24 Jan 2025'],
    [printed('2025-06-04', { relation: 'as-of' }), 'as of 4 Jun 2025'],
    [printed('2025-06', { relation: 'as-of' }), 'as of Jun 2025'],
    [printed('2025-03-02', { relation: 'on' }), '2 Mar 2025'],
  ])('%j → %s', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });
});

describe('PartialDateSchema', () => {
  it.each(['2025-02-29', '2025-13', '2025-00', '25-01-01', '2025/01/01', ''])('rejects %s', (value) => {
    expect(PartialDateSchema.safeParse({ value, basis: 'printed' }).success).toBe(false);
  });

  it('rejects a range that ends before it starts', () => {
    expect(PartialDateSchema.safeParse({ value: '2025-06', end: '2025-05', basis: 'printed' }).success).toBe(
      false,
    );
  });

  it.each<[string, string]>([
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2025', '2025-12-31'],
    ['2025-06-04', '2025-06-04'],
  ])('the latest day of %s is %s', (value, expected) => {
    expect(latestDay(printed(value))).toBe(expected);
  });
});
