import { calendarDay } from './calendar-day';
import { findTextDates, type TextDateHints } from './find-text-dates';
import { monthNumber } from './month-names';
import { asciiDigits, solarHijriDay } from './other-calendars';

/** One date value read from a page, as the calendar day written there. */
export interface DateReading {
  /** `YYYY-MM-DD`: the day as written (a time and its offset do not move it to another day). */
  date: string;
  /**
   * How the time was anchored: `utc` (Z, +00:00, GMT), `offset` (another offset, so the
   * publisher's local day), `none` (a bare date, or a time without a zone).
   */
  zone: 'utc' | 'offset' | 'none';
  /** The instant in ms since 1970 when a time and its zone are both given, else null. */
  instant: number | null;
}

/** Extra ways a value may be written, allowed only where the attribute says it holds a date. */
export interface DateValueHints extends TextDateHints {
  /** Seconds or milliseconds since 1970 (`data-timestamp="1574506955"`). */
  epoch?: boolean;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;
const ISO_BASIC =
  /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const JAVA =
  /^(?:[a-z]{3},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}\s+)?(\d{4})$/i;
/** RFC 850, the old HTTP date: "Saturday, 09-Mar-24 06:00:00 GMT" (a two-digit year, 20xx). */
const RFC_850 = /^[a-z]{6,9},\s*(\d{1,2})-([a-z]{3})-(\d{2})\s+\d{2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC)?$/i;

/**
 * Reads one machine-readable date value (a meta tag's `content`, a `datetime`, a JSON-LD string)
 * as the calendar day written in it. Understands ISO 8601 extended and basic forms
 * (`2020-11-23T11:02:35+01:00`, `20201123T11:02:35Z`), `YYYY/MM/DD`, Java's
 * `Tue Jul 30 09:35:14 CEST 2019`, RFC 2822, RFC 850 (`Saturday, 09-Mar-24 06:00:00 GMT`), Unix times where `hints.epoch` allows, and
 * anything `findTextDates` finds in the value. Null when the value holds no real calendar day.
 */
export function parseDateValue(raw: string, hints: DateValueHints = {}): DateReading | null {
  const value = asciiDigits(raw.trim().slice(0, 200));
  let m = ISO.exec(value) ?? ISO_BASIC.exec(value);
  if (m) {
    const date = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? withZone(date, m) : null;
  }
  m = YMD_SLASH.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Persian pages write their Solar Hijri days so ("1403/02/28"); see `other-calendars`.
    return bare(
      year >= 1300 && year < 1410 ? solarHijriDay(year, month, day) : calendarDay(year, month, day),
    );
  }
  m = JAVA.exec(value);
  if (m) return bare(calendarDay(Number(m[3]), monthNumber(m[1]!), Number(m[2])));
  m = RFC_850.exec(value);
  if (m) return bare(calendarDay(2000 + Number(m[3]), monthNumber(m[2]!), Number(m[1])));
  if (hints.epoch && /^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 10 ? Number(value) * 1000 : Number(value);
    return { date: new Date(ms).toISOString().slice(0, 10), zone: 'utc', instant: ms };
  }
  const [first] = findTextDates(value, hints);
  return first ? bare(first.date) : null;
}

/** One date string as `YYYY-MM-DD`, or null (the day of `parseDateValue`). */
export function parseOneDate(raw: string): string | null {
  return parseDateValue(raw)?.date ?? null;
}

function bare(date: string | null): DateReading | null {
  return date ? { date, zone: 'none', instant: null } : null;
}

function withZone(date: string, m: RegExpExecArray): DateReading {
  const zone = m[7]?.toUpperCase();
  if (m[4] === undefined || !zone) return { date, zone: 'none', instant: null };
  const minutes = zoneMinutes(zone);
  const local = Date.parse(`${date}T00:00:00Z`) + (Number(m[4]) * 60 + Number(m[5])) * 60_000;
  const instant = local + Number(m[6] ?? 0) * 1000 - minutes * 60_000;
  return { date, zone: minutes === 0 ? 'utc' : 'offset', instant };
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
}
