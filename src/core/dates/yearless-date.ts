import { calendarDay } from './calendar-day';
import { monthNumber } from './month-names';

/** Letters month names are written in (as `find-text-dates`), and a day with its ordinal. */
const LETTER = 'A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?';
const WORD = `([${LETTER}]{3,12})\\.?`;
/** "12 March", "16. April", "12 de marzo", "March 12th", without a year after them. */
const DAY_MONTH = new RegExp(
  `(?<![${LETTER}\\d])${DAY}[\\s\\u00a0]+(?:de\\s+|of\\s+)?${WORD}(?![${LETTER}])`,
  'g',
);
const MONTH_DAY = new RegExp(
  `(?<![${LETTER}])${WORD}[\\s\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d${LETTER}:.h])`,
  'g',
);
/**
 * A year right after the match ("12 March 2019", "March 12, 2019"): that is a full date, not
 * this. A time is none ("12 March 10:30", "12. März 09:15 Uhr", "12 March, 14:05").
 */
const YEAR_AFTER = /^[\s\u00a0,.]*(?:19|20)?\d{2}(?![\d:.h])/;

/**
 * The day a date written without its year ("12 March", "16. April", "March 12") names in
 * `yearMonth` (`YYYY-MM`, the year and month the page's address names), or null: only a month
 * name that is that month counts, so the address settles the year. Its offset and length in
 * `text` come with it.
 */
export function dayInAddressMonth(
  text: string,
  yearMonth: string,
): { date: string; index: number; length: number } | null {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  for (const [pattern, dayGroup, monthGroup] of [
    [DAY_MONTH, 1, 2],
    [MONTH_DAY, 2, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (monthNumber(m[monthGroup]!) !== month) continue;
      if (YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      const date = calendarDay(year, month, Number(m[dayGroup]));
      if (date) return { date, index: m.index, length: m[0].length };
    }
  }
  return null;
}
