import type { DateCandidate } from '../core/dates/date-signals';
import { type DateReading, type DateValueHints, parseDateValue } from '../core/dates/parse-article-date';
import { boundedText } from './bounded-text';

/** Most characters read from one script and from all of them, and most scripts looked at. */
const SCRIPT_CHARS = 256 * 1024;
const TOTAL_CHARS = 1024 * 1024;
const MAX_SCRIPTS = 100;
/**
 * A publication date under a key of an application's state or a data layer, quoted or not:
 * `"datePublished":"2019-03-12T14:00:00Z"` (`__NEXT_DATA__`, `__NUXT__`), `publishDate: '…'`,
 * `"publish_date":"2018-03-12"`, `"published_at"`, `"pubDate"`, `"firstPublished"`.
 */
const PUBLISHED_KEY =
  /(?<![\w$])["']?(?:date_?published|publish(?:ed)?_?(?:date|at|time)|pub_?date|first_?published(?:_?(?:at|date))?)["']?\s*:\s*["']([^"'\n]{8,40})["']/gi;
/** Dates under those keys read from one script: enough to tell one story's state from a list's. */
const MAX_VALUES = 5;

/**
 * The publication date written in the page's scripts other than JSON-LD (`jsonLdSteps` reads
 * those): state an application renders from, or data it reports to analytics; the first script
 * that names one decides, and names nothing when it names several days (see `onlyDate`). Added
 * to `found` as `script-data`. Reads at most `SCRIPT_CHARS` of a script and `TOTAL_CHARS` in all,
 * yields after every script it reads.
 */
export function* scriptDataSteps(
  doc: Document,
  found: DateCandidate[],
  hints: DateValueHints = {},
): Generator<void, void> {
  const scripts = doc.getElementsByTagName('script');
  let budget = TOTAL_CHARS;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS && budget > 0; i++) {
    const script = scripts[i]!;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== '' && type !== 'text/javascript' && type !== 'application/json') continue;
    const { text, truncated } = boundedText(script, Math.min(SCRIPT_CHARS, budget));
    budget -= text.length;
    // JSON-LD in an untyped script is `jsonLdSteps`' (it reads its types too).
    if (/^\s*[[{][\s\S]{0,200}"@context"/.test(text.slice(0, 300))) continue;
    const reading = onlyDate(text, hints, truncated ? 2 : 1);
    if (reading) {
      found.push({ signal: 'script-data', source: 'script data', reading, place: 'head' });
      return;
    }
    if (reading === null) return;
    yield;
  }
}

/**
 * The publication date the script's data gives, when its first `MAX_VALUES` are all of one day
 * and there are at least `least` of them (two in a script cut off at the read limit: what was
 * not read may name other days); null when they name several days (the state of a list of
 * stories: a section front's, or an article's with its related stories, where the first is not
 * surely the page's) or too few; undefined when it names none.
 */
function onlyDate(text: string, hints: DateValueHints, least: number): DateReading | null | undefined {
  let first: DateReading | undefined;
  let count = 0;
  PUBLISHED_KEY.lastIndex = 0;
  for (let m = PUBLISHED_KEY.exec(text); m && count < MAX_VALUES; m = PUBLISHED_KEY.exec(text)) {
    const reading = parseDateValue(m[1]!, { ...hints, epoch: false });
    if (!reading) continue;
    if (first && reading.date !== first.date) return null;
    first ??= reading;
    count++;
  }
  return first && count < least ? null : first;
}
