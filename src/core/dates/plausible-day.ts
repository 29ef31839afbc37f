import { daysBetween } from './calendar-day';

/** The earliest publication day Gloss believes: news pages on the web are younger than this. */
export const EARLIEST_ARTICLE_DAY = '1990-01-01';

/**
 * True when `date` (`YYYY-MM-DD`) can be an article's publication day seen on `today`: not before
 * 1990 and not after tomorrow (a page in a time zone ahead of the reader may already be there).
 */
export function isPlausibleDay(date: string, today: string): boolean {
  return date >= EARLIEST_ARTICLE_DAY && daysBetween(today, date) <= 1;
}
