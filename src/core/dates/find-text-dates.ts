import { calendarDay } from './calendar-day';
import { type DateLabel, labelBefore } from './date-labels';
import { monthNumber } from './month-names';
import { asciiDigits, findOtherCalendarDates } from './other-calendars';
import { withoutTrailingWeekday } from './weekday-names';

/** A full date (day, month, year) found in running text. */
export interface TextDate {
  /** `YYYY-MM-DD`, a real calendar day (not yet checked against a plausible range). */
  date: string;
  /** UTF-16 offset of the match in the text, and its length. */
  index: number;
  length: number;
  /** What the words just before it say the date is: a publication, an update, a birth or death, or nothing. */
  keyword: DateLabel;
}

/** How to read numeric dates whose order the text does not settle. */
export interface TextDateHints {
  /** `4/6/2025` is 6 April (American pages) rather than 4 June. */
  monthFirst?: boolean;
  /** Accept two-digit years ("16.12.12"); only where the element is known to hold a date. */
  shortYears?: boolean;
}

const SEP = String.raw`[\s\u00a0\u202f]*[.,/-]?[\s\u00a0\u202f]*`;
const ORDINAL = '(?:st|nd|rd|th|er|e|ᵉʳ|º|°)?';
/**
 * A letter of the scripts month names are written in (Latin with its accents, Greek, Cyrillic,
 * Hebrew, Arabic): an explicit class rather than `\p{L}`, which costs far more to compile on
 * every page load. Devanagari month names may be two letters long ("मई", May).
 */
const LETTER = 'A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a';
/** A word that may be a month name; `month-names` decides. */
const WORD = `([${LETTER}]{3,12}|[\u0900-\u097f]{2,12})\\.?`;
/** Four-digit years: every full date with a month name or CJK marks is found around one. */
const YEAR = /(?<![\d])((?:19|20)\d{2})(?![\d])/g;
// Anchored at the end of the text before a year, or the start of the text after it.
const DAY_MONTH_BEFORE = new RegExp(
  `(?<![${LETTER}\\d])(\\d{1,2})${ORDINAL}${SEP}(?:(?:de|of|di)\\s+|d['’])?${WORD}${SEP}(?:(?:de|del)\\s+)?$`,
);
const MONTH_DAY_BEFORE = new RegExp(
  `(?<![${LETTER}])${WORD}[\\s\\u00a0]*(?:the\\s+)?(\\d{1,2})${ORDINAL}${SEP}$`,
);
/** Vietnamese: "ngày 9 tháng 3 năm 2024", "9 tháng 3, 2024". */
const VIETNAMESE_BEFORE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*$/i;
const DMY_BEFORE = /(?<![\d.,/])(\d{1,2})([-/.])(\d{1,2})\2$/;
/** Day and month with spaces after their dots, as Czech, Slovak and some German pages write them ("4. 3. 2021"). */
const DMY_SPACED_BEFORE = /(?<![\d.,/])(\d{1,2})\.[\s\u00a0](\d{1,2})\.[\s\u00a0]?$/;
const YMD_AFTER = /^([-/.])(\d{1,2})\1(\d{1,2})(?!\d)/;
/** Year first with spaces after its dots, as Korean and Hungarian pages write it ("2024. 5. 17."). */
const YMD_SPACED_AFTER = /^\.[\s\u00a0](\d{1,2})\.[\s\u00a0](\d{1,2})(?!\d|[.,]\d)/;
/**
 * Year, month name, day, as Hungarian pages write it ("2024. május 17."): the dots after the year
 * and the day set it apart from prose ("in 2024 Mag 7 stocks", "by 2030 may 5 million").
 */
const YEAR_MONTH_DAY_AFTER = new RegExp(`^\\.[\\s\\u00a0]+${WORD}[\\s\\u00a0]+(\\d{1,2})\\.(?!\\d)`);
/** Lithuanian and Latvian, year first: "2024 m. kovo 9 d.", "2024. gada 9. martā". */
const LITHUANIAN_AFTER = new RegExp(
  `^[\\s\\u00a0]+m\\.[\\s\\u00a0]+${WORD}[\\s\\u00a0]+(\\d{1,2})[\\s\\u00a0]*d\\.`,
);
const LATVIAN_AFTER = new RegExp(`^\\.[\\s\\u00a0]+gad[as][\\s\\u00a0]+(\\d{1,2})\\.[\\s\\u00a0]+${WORD}`);
const CJK_AFTER = /^\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
/** A month's name, its day and a two-digit year after an apostrophe ("March 9, '24"), only with `shortYears`. */
const SHORT_NAMED = new RegExp(
  `(?<![${LETTER}])${WORD}[\\s\\u00a0]+(\\d{1,2})${ORDINAL},?[\\s\\u00a0]+['’](\\d{2})(?!\\d)`,
  'g',
);
/** Day, month's name and two-digit year between dashes ("09-MAR-24"), only with `shortYears`. */
const SHORT_DASHED = new RegExp(
  `(?<![${LETTER}\\d])(\\d{1,2})-([${LETTER}]{3,9})-(\\d{2})(?![\\d${LETTER}])`,
  'g',
);
/** Day.month.two-digit-year, read only with `shortYears`. */
const SHORT_YEAR = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d]|[.,/-]\d)/g;

/** A dateline's date leads its line (after at most a place name) and is followed by a dash or an agency. */
const DATELINE_LEAD = 40;
/** What may come before a dateline's date: nothing, or a place name in capitals ("WASHINGTON, ", "Berlin, "). */
const PLACE_BEFORE = /^\s*(?:[A-ZÀ-ÝА-Я][A-Za-zÀ-ÿА-я.'’-]*[\s,]+){0,4}$/;
const DATELINE_AFTER =
  /^[\s,]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*)?(?:--|—|–|-\s|\((?:AP|AFP|Reuters|dpa|ANSA|EFE|PAP|UPI|[A-Z][A-Za-z]{1,12})\)|\/[A-Z]|[A-Z]{3,}[\s,(])/;

/**
 * Every full date written in `text`, in order: day–month–year and month–day–year with month
 * names in the languages of `month-names`, numeric year-month-day, day.month.year (and
 * month/day/year with `monthFirst`), CJK 年月日, and the other calendars and digits of
 * `other-calendars` (Japanese era, Minguo, Buddhist and Solar Hijri years). Each carries whether "published" or
 * "updated" (in those languages) comes just before it; a date opening a dateline (followed by a
 * dash, an agency or a place in capitals) counts as published. Years and days are checked to form a
 * real calendar day; a range check is the caller's.
 */
export function findTextDates(written: string, hints: TextDateHints = {}): TextDate[] {
  const text = asciiDigits(written);
  const found: TextDate[] = [];
  const add = (date: string | null, index: number, length: number) => {
    if (!date) return;
    const before = text.slice(Math.max(0, index - 60), index);
    const keyword = labelBefore(before) ?? (isDateline(text, index, length) ? 'published' : null);
    found.push({ date, index, length, keyword });
  };
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const read = readAround(text, m.index, Number(m[1]), hints);
    if (read) add(read.date, read.index, read.length);
  }
  if (hints.shortYears) {
    SHORT_YEAR.lastIndex = 0;
    for (let m = SHORT_YEAR.exec(text); m; m = SHORT_YEAR.exec(text))
      add(numeric(2000 + Number(m[4]), m, hints), m.index, m[0].length);
    SHORT_DASHED.lastIndex = 0;
    for (let m = SHORT_DASHED.exec(text); m; m = SHORT_DASHED.exec(text)) {
      const month = monthNumber(m[2]!);
      if (month) add(calendarDay(2000 + Number(m[3]), month, Number(m[1])), m.index, m[0].length);
    }
    SHORT_NAMED.lastIndex = 0;
    for (let m = SHORT_NAMED.exec(text); m; m = SHORT_NAMED.exec(text)) {
      const month = monthNumber(m[1]!);
      if (month) add(calendarDay(2000 + Number(m[3]), month, Number(m[2])), m.index, m[0].length);
    }
  }
  for (const other of findOtherCalendarDates(text, written, hints.shortYears))
    add(other.date, other.index, other.length);
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // A date may be read twice (a year right after another date's year): keep the first, longest.
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.index + found[i - 1]!.length);
}

/** Whether the date at `index` opens a dateline ("Feb. 23, 2015 -- ", "January 18, 2020 PARIS (Reuters)"). */
function isDateline(text: string, index: number, length: number): boolean {
  return (
    index <= DATELINE_LEAD &&
    PLACE_BEFORE.test(text.slice(0, index)) &&
    DATELINE_AFTER.test(text.slice(index + length, index + length + 30))
  );
}

/** The full date whose year stands at `at` in `text`, read from the words around the year. */
function readAround(
  text: string,
  at: number,
  year: number,
  hints: TextDateHints,
): { date: string | null; index: number; length: number } | null {
  const before = text.slice(Math.max(0, at - 40), at);
  const direct = readBefore(before, year, hints);
  if (direct) return { date: direct.date, index: at - direct.length, length: direct.length + 4 };
  // A weekday may stand between the day and the year ("Dec 28 Sat 2013", "28 December, Sunday 2013").
  const trimmed = withoutTrailingWeekday(before);
  const past = trimmed === null ? null : readBefore(trimmed, year, hints);
  if (past) {
    const length = before.length - trimmed!.length + past.length;
    return { date: past.date, index: at - length, length: length + 4 };
  }
  const first = yearFirst(text.slice(at + 4, at + 30), /[\d.]$/.test(before));
  return first && { date: calendarDay(year, first.month, first.day), index: at, length: first.length + 4 };
}

/**
 * The month and day written after a year that comes first ("2024-05-17", "2024. 5. 17.", "2024.
 * május 17.", "2024年5月17日"), and their length; the numeric forms not after a number or a dot
 * (`numberBefore`: the year is then another date's end or a figure's).
 */
function yearFirst(
  after: string,
  numberBefore: boolean,
): { month: number; day: number; length: number } | null {
  const numeric = numberBefore ? null : (YMD_AFTER.exec(after) ?? YMD_SPACED_AFTER.exec(after));
  // The month and day are the last two groups of either (YMD_AFTER first holds its separator).
  if (numeric)
    return { month: Number(numeric.at(-2)), day: Number(numeric.at(-1)), length: numeric[0].length };
  const named = YEAR_MONTH_DAY_AFTER.exec(after);
  const month = named ? monthNumber(named[1]!) : 0;
  if (month) return { month, day: Number(named![2]), length: named![0].length };
  const lithuanian = LITHUANIAN_AFTER.exec(after);
  const lt = lithuanian ? monthNumber(lithuanian[1]!) : 0;
  if (lt) return { month: lt, day: Number(lithuanian![2]), length: lithuanian![0].length };
  const latvian = LATVIAN_AFTER.exec(after);
  const lv = latvian ? monthNumber(latvian[2]!) : 0;
  if (lv) return { month: lv, day: Number(latvian![1]), length: latvian![0].length };
  const cjk = CJK_AFTER.exec(after);
  return cjk ? { month: Number(cjk[1]), day: Number(cjk[2]), length: cjk[0].length } : null;
}

/** The day and month written at the end of `before`, the text just before a year, and their length. */
function readBefore(
  before: string,
  year: number,
  hints: TextDateHints,
): { date: string | null; length: number } | null {
  const dayMonth = DAY_MONTH_BEFORE.exec(before);
  if (dayMonth && monthNumber(dayMonth[2]!))
    return {
      date: calendarDay(year, monthNumber(dayMonth[2]!), Number(dayMonth[1])),
      length: dayMonth[0].length,
    };
  const monthDay = MONTH_DAY_BEFORE.exec(before);
  if (monthDay && monthNumber(monthDay[1]!))
    return {
      date: calendarDay(year, monthNumber(monthDay[1]!), Number(monthDay[2])),
      length: monthDay[0].length,
    };
  const dmy = DMY_BEFORE.exec(before);
  if (dmy) return { date: numeric(year, dmy, hints), length: dmy[0].length };
  const vietnamese = VIETNAMESE_BEFORE.exec(before);
  if (vietnamese)
    return {
      date: calendarDay(year, Number(vietnamese[2]), Number(vietnamese[1])),
      length: vietnamese[0].length,
    };
  const spaced = DMY_SPACED_BEFORE.exec(before);
  return spaced
    ? { date: calendarDay(year, Number(spaced[2]), Number(spaced[1])), length: spaced[0].length }
    : null;
}

/** Day and month of a numeric date (`m[1]`, separator `m[2]`, `m[3]`) in the order the hints say. */
function numeric(year: number, m: RegExpExecArray, hints: TextDateHints): string | null {
  const [a, b] = [Number(m[1]), Number(m[3])];
  const monthFirst = m[2] !== '.' && hints.monthFirst === true;
  const [day, month] = monthFirst ? [b, a] : [a, b];
  // A "month" over 12 means the other order was meant.
  return month > 12 ? calendarDay(year, day, month) : calendarDay(year, month, day);
}
