import { calendarDay } from './calendar-day';

/**
 * Dates in the scripts and calendars news pages print beside the Gregorian one: digits of other
 * scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width), Japan's era years
 * (令和6年5月17日), Taiwan's Minguo years (民國113年5月17日), Thailand's Buddhist years
 * (17 พฤษภาคม 2567) and Iran's Solar Hijri years (۲۸ اردیبهشت ۱۴۰۳), each read as its Gregorian day;
 * and dates written in Chinese numerals (二〇二四年三月九日).
 */

/** The zero of each script whose digits are read as ASCII ones. */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/g;

/** `text` with other scripts' digits as ASCII ones, one code unit for one (offsets stay). */
export function asciiDigits(text: string): string {
  OTHER_DIGIT.lastIndex = 0;
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

/** Whether a short text may hold a date worth reading (a cheap test before `findTextDates`). */
export const MAY_HOLD_DATE = new RegExp(
  `\\d{4}|\\d[./-]\\d|\\d-[A-Za-z]{3}-\\d|[\\d元]\\s*年|[〇零○一二三四五六七八九]{4}\\s*年|\\d\\s*[\\u0e01-\\u0e2e]|${OTHER_DIGIT.source}`,
);

const THAI_MONTHS = [
  'มกราคม ม.ค.',
  'กุมภาพันธ์ ก.พ.',
  'มีนาคม มี.ค.',
  'เมษายน เม.ย.',
  'พฤษภาคม พ.ค.',
  'มิถุนายน มิ.ย.',
  'กรกฎาคม ก.ค.',
  'สิงหาคม ส.ค.',
  'กันยายน ก.ย.',
  'ตุลาคม ต.ค.',
  'พฤศจิกายน พ.ย.',
  'ธันวาคม ธ.ค.',
];
/** Persian (Solar Hijri) months, written with the Persian yeh and kaf (`persianKey` folds the Arabic ones). */
const PERSIAN_MONTHS = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ');

const THAI_NUMBERS = new Map(
  THAI_MONTHS.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as const)),
);
const dotted = (s: string) => s.replace(/\./g, '\\.');

/** A year in Chinese numerals, digit by digit, and a month and day counted with 十 ("二〇二四年三月九日"). */
const CJK_NUMERALS =
  /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g;
const CJK_DIGITS = '〇一二三四五六七八九';

/** The number written in Chinese numerals: digit by digit, or tens with 十 ("十二", "二十九"). */
function cjkNumber(written: string): number {
  const digit = (c: string) => (c === '零' || c === '○' ? 0 : CJK_DIGITS.indexOf(c));
  const ten = written.indexOf('十');
  if (ten < 0) return Number([...written].map(digit).join(''));
  const tens = ten === 0 ? 1 : digit(written[0]!);
  return tens * 10 + (ten === written.length - 1 ? 0 : digit(written[ten + 1]!));
}

const ERA = /(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/**
 * Minguo years after 民國, or bare three-digit years (100–129: 2011–2040) before 年…月…日 where a
 * date stands alone: at the start of the text or after a label's colon ("發布日期：113年5月17日"),
 * not inside a sentence ("創業110年5月17日に", the 110th year since a founding).
 */
const MINGUO =
  /(?:民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})|(?<=^[\s(（]*|[:：]\s*)(1[0-2]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** Day, month and year, the year maybe after "พ.ศ." (the Buddhist era): "9 มีนาคม พ.ศ. 2567". */
const THAI = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\s*(${[...THAI_NUMBERS.keys()].map(dotted).join('|')})\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4}|\\d{2})(?!\\d)`,
  'g',
);
/** A numeric day, month and Buddhist year (2533–2579: 1990–2036), as Thai pages write it. */
/**
 * A Minguo year in numbers, month and day with dashes, slashes or dots ("113-03-09", "113/03/09"),
 * where a date stands alone: at the start of the text or after a label's colon ("發布日期：113-03-09").
 * Read in Chinese text, or in an element known to hold a date (`findOtherCalendarDates`).
 */
const MINGUO_NUMERIC = /(?<=^[\s(（]*|[:：]\s*)(1[0-2]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[.,/-]\d)/g;
const HAN = /[\u4e00-\u9fff]/;
const THAI_NUMERIC = /(?<![\d.,/])(\d{1,2})([/.-])(\d{1,2})\2(25[3-7]\d)(?!\d)/g;
const PERSIAN =
  /(?<!\d)(\d{1,2})\s+([\u0620-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]{2,9})(?:\s+ماه)?\s+(1[34]\d{2})(?!\d)/g;
/** Year first: Solar Hijri years up to 1409 (the lunar Hijri calendar has reached 1410 since 1989). */
const PERSIAN_NUMERIC = /(?<![\d.,/])(13\d{2}|140\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d]|[.,/]\d)/g;

const THAI_SCRIPT = /[\u0e00-\u0e7f]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

export interface CalendarDate {
  date: string;
  index: number;
  length: number;
}

const MAY_HOLD_OTHER =
  /[年\u0e01-\u0e5b\u0620-\u06ff]|\d[/.-]25[3-7]\d|1[34]\d\d[/.-]\d|(?:^\s*|[:：]\s*)1[0-2]\d[-/.]\d/;

/**
 * Every date of the other calendars in `text` (ASCII digits: see `asciiDigits`), as Gregorian days;
 * `dateElement` when the text is an element's known to hold a date (numeric Minguo dates outside
 * Chinese text are read only there).
 */
export function findOtherCalendarDates(text: string, written = text, dateElement = false): CalendarDate[] {
  if (!MAY_HOLD_OTHER.test(text)) return [];
  // The numeric forms only in text of their scripts (Thai; Persian, its digits included).
  const thai = THAI_SCRIPT.test(written);
  const persian = ARABIC_SCRIPT.test(written);
  const found: CalendarDate[] = [];
  const each = (re: RegExp, read: (m: RegExpExecArray) => string | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = read(m);
      if (date) found.push({ date, index: m.index, length: m[0].length });
    }
  };
  each(CJK_NUMERALS, (m) => calendarDay(cjkNumber(m[1]!), cjkNumber(m[2]!), cjkNumber(m[3]!)));
  each(ERA, (m) => {
    const year = (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(m[2]));
    return calendarDay(year, Number(m[3]), Number(m[4]));
  });
  each(MINGUO, (m) => calendarDay(1911 + Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6])));
  each(THAI, (m) => {
    const written = Number(m[3]);
    const year = m[3]!.length === 2 ? 1957 + written : written > 2400 ? written - 543 : written;
    return calendarDay(year, THAI_NUMBERS.get(m[2]!)!, Number(m[1]));
  });
  if (dateElement || HAN.test(written))
    each(MINGUO_NUMERIC, (m) => calendarDay(1911 + Number(m[1]), Number(m[3]), Number(m[4])));
  if (thai) each(THAI_NUMERIC, (m) => calendarDay(Number(m[4]) - 543, Number(m[3]), Number(m[1])));
  each(PERSIAN, (m) => {
    const month = PERSIAN_MONTHS.indexOf(persianKey(m[2]!)) + 1;
    return month ? solarHijriDay(Number(m[3]), month, Number(m[1])) : null;
  });
  if (persian) each(PERSIAN_NUMERIC, (m) => solarHijriDay(Number(m[1]), Number(m[3]), Number(m[4])));
  return found;
}

/** A Persian word with the Arabic yeh and kaf as Persian ones, and no joiners. */
function persianKey(word: string): string {
  return word
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u200c/g, '');
}

let persian: Intl.DateTimeFormat | null = null;

/**
 * The Gregorian day of Solar Hijri `year`-`month`-`day`, or null when that is no real day. Months
 * 1–6 have 31 days, 7–11 have 30, the last 29 or 30; the year begins at the March equinox, on
 * 20 or 21 March, which the browser's Persian calendar settles.
 */
export function solarHijriDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const sinceNewYear = (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  persian ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  for (const newYear of [21, 20, 22, 19]) {
    const at = new Date(Date.UTC(year + 621, 2, newYear + sinceNewYear));
    const parts = Object.fromEntries(persian.formatToParts(at).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day)
      return at.toISOString().slice(0, 10);
  }
  return null;
}
