import { calendarDay } from './calendar-day';

const SEPARATED = /(?<![\d])((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?![\d])/;
const COMPACT = /(?<=[/_.=-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/**
 * The publication day an article's address spells out, as `YYYY-MM-DD`: `/2023/11/08/`,
 * `/2023-11-08-title`, `_20231108_`, `/20231108/` or `?a=20170309-…`. Only the path and query are read (a host
 * name never dates an article); a year and month alone (`/2023/11/`) is not a day, so null.
 */
export function dateFromUrl(url: string): string | null {
  const path = withoutHost(url).replace(/#.*$/, '');
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
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
