/** A candidate for an article's publication date, as found in the page, best first. */
export interface DateCandidate {
  /** Where it was found, such as `json-ld datePublished` or `meta article:published_time`. */
  from: string;
  value: string;
}

/** The article's publication date as a calendar day, and where it came from. */
export interface ArticleDate {
  date: string;
  from: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * The first candidate that parses as a real date, as `YYYY-MM-DD`: the calendar day written in
 * the page (a time and its offset do not move it to another day). Understands ISO 8601 with or
 * without time, `T` or space, fractions and offsets; `YYYY/MM/DD`; RFC 2822 ("Wed, 04 Jun 2025
 * 10:00:00 GMT"); and English "June 4, 2025" and "4 June 2025". Null when none parses.
 */
export function parseArticleDate(candidates: readonly DateCandidate[]): ArticleDate | null {
  for (const candidate of candidates) {
    const date = parseOneDate(candidate.value);
    if (date) return { date, from: candidate.from };
  }
  return null;
}

/** One date string as `YYYY-MM-DD`, or null. */
export function parseOneDate(raw: string): string | null {
  const value = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(value);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (m) return ymd(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (m) return ymd(Number(m[3]), month(m[1]!), Number(m[2]));
  return null;
}

function month(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase() === 'sept' ? 4 : 3).toLowerCase()] ?? 0;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
