import { calendarDay } from './calendar-day';
import { MONTH_ALTERNATION, monthNumber } from './month-names';

/** A full date (day, month, year) found in running text. */
export interface TextDate {
  /** `YYYY-MM-DD`, a real calendar day (not yet checked against a plausible range). */
  date: string;
  /** UTF-16 offset of the match in the text, and its length. */
  index: number;
  length: number;
  /** What the words just before it say the date is: a publication, an update, or nothing. */
  keyword: 'published' | 'modified' | null;
}

/** How to read numeric dates whose order the text does not settle. */
export interface TextDateHints {
  /** `4/6/2025` is 6 April (American pages) rather than 4 June. */
  monthFirst?: boolean;
  /** Accept two-digit years ("16.12.12"); only where the element is known to hold a date. */
  shortYears?: boolean;
}

const SEP = String.raw`[\s\u00a0\u202f]*[.,/-]?[\s\u00a0\u202f]*`;
const ORDINAL = String.raw`(?:st|nd|rd|th|er|e|ᵉʳ|º|°)?`;
const MONTH = `(${MONTH_ALTERNATION})\\.?(?![\\p{L}])`;
const PATTERNS: readonly RegExp[] = [
  // 9 oktober 2020 · 16. Dezember 2012 · 4 de junio de 2025 · 1er mars 2020 · 9 жовтня 2020 р.
  new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,2})${ORDINAL}${SEP}(?:(?:de|of|di)\\s+)?${MONTH}${SEP}(?:(?:de|del)\\s+)?(\\d{4})(?!\\d)`,
    'giu',
  ),
  // January 18, 2020 · Sept. 9th 2024 · Dec 22 2016
  new RegExp(`(?<![\\p{L}])${MONTH}[\\s\\u00a0]*(\\d{1,2})${ORDINAL}${SEP}(\\d{4})(?!\\d)`, 'giu'),
  // 2020-10-09 · 2020/10/09 · 2020.10.09
  /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
  // 16.12.2012 · 12/16/2012 · 16-12-2012 · 16.12.12
  /(?<![\d.,/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,/]\d)/g,
  // 2020年10月9日 · 2020년 10월 9일
  /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g,
];

const PUBLISHED =
  /(?:published|posted|publi(?:é|e)e?|paru|veröffentlicht|erschienen|gepubliceerd|publicad[oa]|pubblicat[oa]|опубліковано|опубликовано|opublikowano|publikováno|publicerad|publisert|dateline)(?!\p{L})[^\p{N}]{0,50}$/iu;
const MODIFIED =
  /(?:updated?|modified|edited|aktualisiert|geändert|stand|mis(?:e)? à jour|modifié|bijgewerkt|gewijzigd|actualizad[oa]|aggiornat[oa]|оновлено|обновлено|zaktualizowano|aktualizacja|aktualizováno|uppdaterad|oppdatert)(?!\p{L})[^\p{N}]{0,30}$/iu;

/**
 * Every full date written in `text`, in order: day–month–year and month–day–year with month
 * names in the languages of `month-names`, numeric year-month-day, day.month.year (and
 * month/day/year with `monthFirst`), and CJK 年月日. Each carries whether "published" or
 * "updated" (in those languages) comes just before it. Years and days are checked to form a
 * real calendar day; a range check is the caller's.
 */
export function findTextDates(text: string, hints: TextDateHints = {}): TextDate[] {
  const found: TextDate[] = [];
  PATTERNS.forEach((pattern, kind) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const date = readMatch(kind, m, hints);
      if (!date) continue;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const keyword = MODIFIED.test(before) ? 'modified' : PUBLISHED.test(before) ? 'published' : null;
      found.push({ date, index: m.index, length: m[0].length, keyword });
    }
  });
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // Patterns may read overlapping spans of one date: keep the first, longest reading.
  return found.filter((d, i) => i === 0 || d.index >= found[i - 1]!.index + found[i - 1]!.length);
}

function readMatch(kind: number, m: RegExpExecArray, hints: TextDateHints): string | null {
  const n = (i: number) => Number(m[i]);
  switch (kind) {
    case 0:
      return calendarDay(n(3), monthNumber(m[2]!), n(1));
    case 1:
      return calendarDay(n(3), monthNumber(m[1]!), n(2));
    case 2:
      return calendarDay(n(1), n(3), n(4));
    case 3: {
      if (m[4]!.length === 2 && !hints.shortYears) return null;
      const year = m[4]!.length === 2 ? 2000 + n(4) : n(4);
      const monthFirst = m[2] !== '.' && hints.monthFirst === true;
      const [day, month] = monthFirst ? [n(3), n(1)] : [n(1), n(3)];
      // A "month" over 12 means the other order was meant.
      return month > 12 ? calendarDay(year, day, month) : calendarDay(year, month, day);
    }
    default:
      return calendarDay(n(1), n(2), n(3));
  }
}
