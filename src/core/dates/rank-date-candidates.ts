import { daysBetween } from './calendar-day';
import { DATE_SIGNALS, type DateCandidate, PLACE_BONUS } from './date-signals';
import { isPlausibleDay } from './plausible-day';

/** What the evidence says about the article's date. */
export type DateVerdict =
  | {
      kind: 'found';
      /** The publication day, `YYYY-MM-DD`. */
      date: string;
      /** The signal that settled it, as `DateCandidate.source`. */
      source: string;
      /** A later day the page says it was updated on, when it says so. */
      updated?: string;
    }
  /** Strong signals disagree by a year or more and nothing breaks the tie: no date is shown. */
  | { kind: 'uncertain'; dates: string[]; sources: string[] }
  | { kind: 'none' };

/** Below this score a lone signal is not believed. */
const MIN_SCORE = 38;
/** Dates later in the running text than the first one are less likely the article's own. */
const LATER_TEXT_PENALTY = 8;
/** Each further family of signals agreeing on a day adds this much, up to three times. */
const AGREEMENT_BONUS = 5;
/** Rivals this close in score and a year or more apart make the date uncertain. */
const RIVAL_MARGIN = 6;
/** A text date inside a sentence (not leading its line, no "published" before it) is more often an event's. */
const PROSE_PENALTY = 20;
/** Weak signals in the month the address names gain this much; in another month they lose `URL_MONTH_MISMATCH`. */
const URL_MONTH_BONUS = 5;
const URL_MONTH_MISMATCH = 25;
const WEAK_SIGNALS: ReadonlySet<DateCandidate['signal']> = new Set([
  'text',
  'byline-text',
  'time',
  'meta-generic',
]);

/** What the page says about its date besides its candidates. */
export interface RankHints {
  /** The year and month the address names without a day (`YYYY-MM`), from `monthFromUrl`. */
  urlMonth?: string | null;
}

interface Group {
  date: string;
  score: number;
  families: number;
  best: DateCandidate & { score: number };
}

/**
 * Picks the article's publication day from `candidates` seen on `today` (`YYYY-MM-DD`). Days that
 * are not plausible (before 1990, after tomorrow) are dropped, and so are a birth's and a death's. Each candidate scores its signal's
 * weight plus its place's bonus (and a bonus when "published" is written before it); candidates of
 * one day add up by agreement between signal families. A UTC timestamp gives way to the
 * publisher's local day when another signal writes that day (the same instant with an offset, or
 * the address's day one day off in the right direction). A text date inside a sentence counts
 * for less than one leading its line; weak signals (text, bylines, bare `time`, generic metas)
 * gain when they fall in the month the address names (`hints.urlMonth`) and lose when they do
 * not. A published date that is also the
 * page's modified date counts for less when another published date disagrees (a re-publication
 * stamp). Two strong days a year or more apart with no
 * tie-breaker give `uncertain`. Modified dates only fill `updated`, or stand in when nothing
 * dates the publication.
 */
export function rankDateCandidates(
  candidates: readonly DateCandidate[],
  today: string,
  hints: RankHints = {},
): DateVerdict {
  const scored = candidates
    .filter((c) => c.keyword !== 'event' && isPlausibleDay(c.reading.date, today))
    .map((c) => ({ ...c, score: scoreOf(c, hints) }));
  penalizeLaterText(scored);
  const published = scored.filter(
    (c) => DATE_SIGNALS[c.signal].kind === 'published' && c.keyword !== 'modified',
  );
  const isPublished = new Set(published);
  const modified = scored.filter((c) => !isPublished.has(c));
  discountRepublication(published, modified);
  const groups = groupByDay(published).filter((g) => g.score >= MIN_SCORE);
  const latestUpdate = modified.reduce<string | null>(
    (max, c) => (c.score >= MIN_SCORE - 30 && (!max || c.reading.date > max) ? c.reading.date : max),
    null,
  );
  let top = groups[0];
  if (!top) {
    const fallback = groupByDay(modified).find((g) => g.best.score >= MIN_SCORE - 10);
    return fallback ? { kind: 'found', date: fallback.date, source: fallback.best.source } : { kind: 'none' };
  }
  const first = top;
  const rival = groups.find((g) => Math.abs(daysBetween(first.date, g.date)) >= 365);
  if (rival && rival.score >= top.score - RIVAL_MARGIN) {
    // Another family of signals agreeing with one of them breaks the tie.
    if (rival.families === top.families)
      return {
        kind: 'uncertain',
        dates: [top.date, rival.date],
        sources: [top.best.source, rival.best.source],
      };
    if (rival.families > top.families) top = rival;
  }
  const local = localDayOf(top, published);
  const date = local?.reading.date ?? top.date;
  const source = local ? local.source : top.best.source;
  return latestUpdate && latestUpdate > date
    ? { kind: 'found', date, source, updated: latestUpdate }
    : { kind: 'found', date, source };
}

/**
 * Takes `LATER_TEXT_PENALTY` from each text date after the first: the first date of the running
 * text is likelier the article's than later ones. A date by the title is later only than another
 * one by the title or in the article: a column of events placed before the article in the page
 * does not make the title's own date a later one.
 */
function penalizeLaterText(scored: readonly (DateCandidate & { score: number })[]): void {
  let first = Number.POSITIVE_INFINITY;
  let firstOwn = Number.POSITIVE_INFINITY;
  for (const c of scored) {
    if (c.signal !== 'text') continue;
    first = Math.min(first, c.order ?? 0);
    if (c.place === 'headline' || c.place === 'article') firstOwn = Math.min(firstOwn, c.order ?? 0);
  }
  for (const c of scored)
    if (c.signal === 'text' && (c.order ?? 0) > (c.place === 'headline' ? firstOwn : first))
      c.score -= LATER_TEXT_PENALTY;
}

/** A published stamp equal to the modified one, beside a published date that differs, is a re-publication. */
function discountRepublication(
  published: (DateCandidate & { score: number })[],
  modified: readonly DateCandidate[],
): void {
  const stamps = new Set(modified.map((c) => c.reading.instant ?? c.reading.date));
  if (new Set(published.filter((c) => c.score >= 80).map((c) => c.reading.date)).size < 2) return;
  for (const c of published) if (stamps.has(c.reading.instant ?? c.reading.date)) c.score -= 12;
}

function scoreOf(c: DateCandidate, hints: RankHints): number {
  let score = DATE_SIGNALS[c.signal].weight + PLACE_BONUS[c.place];
  if (c.keyword === 'published') score += 12;
  if (c.inProse) score -= PROSE_PENALTY;
  if (hints.urlMonth && WEAK_SIGNALS.has(c.signal))
    score += c.reading.date.startsWith(hints.urlMonth) ? URL_MONTH_BONUS : -URL_MONTH_MISMATCH;
  return score;
}

function groupByDay(list: readonly (DateCandidate & { score: number })[]): Group[] {
  const byDay = new Map<string, (DateCandidate & { score: number })[]>();
  for (const c of list) {
    const members = byDay.get(c.reading.date);
    if (members) members.push(c);
    else byDay.set(c.reading.date, [c]);
  }
  return [...byDay]
    .map(([date, members]) => {
      const best = members.reduce((a, b) => (b.score > a.score ? b : a));
      const families = new Set(members.map((c) => DATE_SIGNALS[c.signal].family));
      const bonus = AGREEMENT_BONUS * Math.min(3, families.size - 1);
      return { date, best, score: best.score + bonus, families: families.size };
    })
    .sort(
      (a, b) => b.score - a.score || (a.best.order ?? 0) - (b.best.order ?? 0) || (a.date < b.date ? -1 : 1),
    );
}

/**
 * When the winning signal is a UTC timestamp, the candidate that writes the publisher's own day
 * for the same moment, if any: the same instant with a local offset, the address's day, or the
 * byline's printed day.
 */
function localDayOf(top: Group, published: readonly (DateCandidate & { score: number })[]) {
  const { reading } = top.best;
  if (reading.zone !== 'utc' || reading.instant === null) return null;
  const utcHour = new Date(reading.instant).getUTCHours();
  const byline = firstBylineNear(reading.date, published);
  return (
    published
      .filter((c) => c.score >= MIN_SCORE + 10)
      .filter((c) => {
        const shift = daysBetween(reading.date, c.reading.date);
        if (Math.abs(shift) !== 1) return false;
        if (c.reading.zone === 'offset')
          return c.reading.instant !== null && Math.abs(c.reading.instant - reading.instant!) <= 60_000;
        // The address's day, or the day the byline under the title prints (the publisher's own
        // clock, as a reader reads it: "May 17, 2024 9:34 p.m. EDT" for 01:34 UTC on the 18th):
        // east of UTC it can be the next day late in the UTC day, west the previous early in it.
        // The first such byline speaks for the article: where it prints the UTC day itself, a
        // byline a day off further down is a reply's or a later entry's.
        if (c.signal !== 'url' && c !== byline) return false;
        return shift === 1 ? utcHour >= 12 : utcHour < 12;
      })
      .sort((a, b) => b.score - a.score)[0] ?? null
  );
}

/** The first byline under the title, in document order, that prints `day` or a day next to it. */
function firstBylineNear(day: string, published: readonly DateCandidate[]): DateCandidate | null {
  let first: DateCandidate | null = null;
  for (const c of published)
    if (
      c.signal === 'byline-text' &&
      c.place === 'headline' &&
      Math.abs(daysBetween(day, c.reading.date)) <= 1 &&
      (first === null || (c.order ?? 0) < (first.order ?? 0))
    )
      first = c;
  return first;
}
