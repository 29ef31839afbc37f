import { calendarDay } from './calendar-day';

const SEPARATED = /(?<![\d])((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?![\d])/;
/**
 * Eight digits after a separator or a word (`/20231108/`, `story20240309-1473456`), before a
 * separator, the end, or a capital and a digit (`/a/20240309A01`).
 */
const COMPACT =
  /(?<=[/_.=-]|\/[a-z]{1,12})((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.&-]|[A-Z]\d|$)/;
/** Day and month before the year, in numbers: `/09-03-2024/`, `/news/25_12_2023/`. */
const NUMBERS_THEN_YEAR = /\/(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?=[/_.-]|$)/;
/** A product's address: its numbers are a model's or a stock number, never a day (`/products/drill-20231108`). */
const PRODUCT_PATH = /\/(?:products?|dp|sku)\//i;
/** A year, then the month and day run together or the year and month run together: `/2024/0517/`, `/202405/17/`. */
const SPLIT_COMPACT =
  /\/((?:19|20)\d{2})(?:\/(0[1-9]|1[0-2])|(0[1-9]|1[0-2])\/)(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** An English month's name between the year and the day: `/world/2024/may/17/`. */
const NAMED_MONTH =
  /\/((?:19|20)\d{2})\/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\/(\d{1,2})(?=\/|$)/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The publication day an article's address spells out, as `YYYY-MM-DD`: `/2023/11/08/`,
 * `/2023-11-08-title`, `_20231108_`, `/20231108/`, `?a=20170309-…` or `?date=20240517&id=1`,
 * `/2024/0517/` and `/202405/17/`, or `/2024/may/17/` with the month's English name; `story20240309-…`
 * and `/a/20240309A01`; `/09-03-2024/` in the page's `order` of day and month, or without one
 * only when a number over 12 settles it. Only the path and query are read (a host name never
 * dates an article), and never a product's (`PRODUCT_PATH`); a year and month alone
 * (`/2023/11/`) is not a day, so null.
 */
export function dateFromUrl(url: string, order?: 'day' | 'month'): string | null {
  const path = withoutHost(url).replace(/#.*$/, '');
  if (PRODUCT_PATH.test(path)) return null;
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const numbers = NUMBERS_THEN_YEAR.exec(path);
  if (numbers) return dayBeforeYear(Number(numbers[1]), Number(numbers[2]), Number(numbers[3]), order);
  const split = SPLIT_COMPACT.exec(path);
  if (split) return calendarDay(Number(split[1]), Number(split[2] ?? split[3]), Number(split[4]));
  const named = NAMED_MONTH.exec(path);
  return named
    ? calendarDay(Number(named[1]), MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1, Number(named[3]))
    : null;
}

const YEAR_MONTH = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:\/|$)/;

/**
 * The year and month an address spells out without a day (`/2023/11/story`, `/2023-11/`), as
 * `YYYY-MM`, or null (also when it spells out a whole day: that is `dateFromUrl`'s).
 */
export function monthFromUrl(url: string): string | null {
  if (dateFromUrl(url)) return null;
  const path = withoutHost(url).replace(/[?#].*$/, '');
  const m = YEAR_MONTH.exec(path);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}

function withoutHost(url: string): string {
  return url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
}

/** The day of `a`-`b`-`year` in `order`, or by whichever of `a` and `b` is over 12; null when unsettled. */
function dayBeforeYear(
  a: number,
  b: number,
  year: number,
  order: 'day' | 'month' | undefined,
): string | null {
  if (a > 12 || (b <= 12 && order === 'day')) return calendarDay(year, b, a);
  if (b > 12 || order === 'month') return calendarDay(year, a, b);
  return null;
}
