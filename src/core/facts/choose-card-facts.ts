import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';
import { daysBetween, type FactTiming, factDateLabel, factTiming, happenedBy } from './fact-timing';

/** A fact as the card shows it: its date in plain words and how widely it is reported. */
export interface TimedFact {
  fact: Fact;
  timing: FactTiming;
  /** "4 Jun 2025", "by 4 Jun 2025", "Feb 2025, reported 4 Jun". */
  label: string;
  /** The event had happened by the article's date, but our first report of it came later. */
  reportedLater: boolean;
  /** How many outlets cite it. */
  outlets: number;
  /** How many cross-source notes discuss it. */
  notes: number;
}

/** The compact card's facts: the few shown, and what the reader would find in the dossier. */
export interface CardFactChoice {
  articleDate: string | null;
  /** At most `limit` facts that had happened by the article's date, most relevant first. */
  shown: TimedFact[];
  /** How many facts had happened by the article's date (shown or not). */
  asOfCount: number;
  /** Facts that happened after the article: how many, and the latest of them. */
  since: { count: number; latest: TimedFact | null };
}

/** How many facts the card may show, and in how many characters. */
export interface ChoiceLimits {
  /** At most this many facts (3 unless given). */
  limit?: number;
  /**
   * The characters the facts may take together, as `cost` counts them: facts are taken in order
   * while they fit, and the first is always taken (a card says at least one thing). No budget: no bound.
   */
  budget?: number;
  /** A fact's length on the card; required for `budget` to count. */
  cost?: (fact: TimedFact) => number;
}

/** Facts a week apart or less count as equally close to the article. */
const CLOSENESS_DAYS = 7;
const RELATION_RANK = { on: 0, 'as-of': 1, by: 2 } as const;

/**
 * Times every fact against the article's date (null: unknown, then nothing is "since").
 * `reportedLater` is set for a fact that had happened by that day but was first reported after it.
 */
export function timeFacts(
  facts: readonly Fact[],
  sources: readonly Source[],
  notes: readonly Note[],
  articleDate: string | null,
): TimedFact[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const noteCount = new Map<string, number>();
  for (const n of notes) for (const id of n.facts) noteCount.set(id, (noteCount.get(id) ?? 0) + 1);
  return facts.map((fact) => {
    const timing = factTiming(fact, byId);
    const outlets = new Set(fact.evidence.map((e) => byId.get(e.source)?.outlet ?? e.source)).size;
    const reportedLater =
      !!articleDate && !!timing.reported && timing.reported > articleDate && happenedBy(timing, articleDate);
    return {
      fact,
      timing,
      label: factDateLabel(fact, timing),
      reportedLater,
      outlets,
      notes: noteCount.get(fact.id) ?? 0,
    };
  });
}

/**
 * Chooses and orders the compact card's facts for an article of `articleDate`: among the facts
 * that had happened by that day (judged by when the event happened, not when it was reported),
 * those closest to the day first (within a week counts as equally close; a vague date counts from
 * its middle), then those the most outlets report, then those most discussed across outlets, then
 * the more precisely dated. With no article date, the newest facts are chosen the same way.
 * Takes at most `limits.limit` of them, in that order, and stops at the first that would
 * overrun `limits.budget` characters (the first one is always taken).
 */
export function chooseCardFacts(
  facts: readonly Fact[],
  sources: readonly Source[],
  notes: readonly Note[],
  articleDate: string | null,
  limits: ChoiceLimits = {},
): CardFactChoice {
  const { limit = 3, budget = Number.POSITIVE_INFINITY, cost } = limits;
  const timed = timeFacts(facts, sources, notes, articleDate);
  const reference =
    articleDate ??
    timed
      .map((t) => t.timing.to)
      .sort()
      .at(-1) ??
    '';
  const asOf = articleDate ? timed.filter((t) => happenedBy(t.timing, articleDate)) : timed;
  const later = articleDate ? timed.filter((t) => !happenedBy(t.timing, articleDate)) : [];
  const distance = (t: TimedFact) => {
    const middle = shiftDay(t.timing.from, Math.floor(t.timing.spread / 2));
    const day = middle < reference ? middle : reference;
    return Math.floor(daysBetween(day, reference) / CLOSENESS_DAYS);
  };
  const ranked = [...asOf].sort(
    (a, b) =>
      distance(a) - distance(b) ||
      b.outlets - a.outlets ||
      b.notes - a.notes ||
      a.timing.spread - b.timing.spread ||
      RELATION_RANK[a.timing.relation] - RELATION_RANK[b.timing.relation] ||
      b.timing.to.localeCompare(a.timing.to) ||
      a.fact.id.localeCompare(b.fact.id),
  );
  const shown = withinBudget(ranked, limit, budget, cost);
  const latest =
    [...later].sort(
      (a, b) =>
        b.timing.to.localeCompare(a.timing.to) ||
        b.outlets - a.outlets ||
        b.notes - a.notes ||
        a.fact.id.localeCompare(b.fact.id),
    )[0] ?? null;
  return { articleDate, shown, asOfCount: asOf.length, since: { count: later.length, latest } };
}

/** The first of `ranked` that fit `budget` characters together, at most `limit`, the first always. */
function withinBudget(
  ranked: TimedFact[],
  limit: number,
  budget: number,
  cost: ((fact: TimedFact) => number) | undefined,
): TimedFact[] {
  const shown: TimedFact[] = [];
  let used = 0;
  for (const t of ranked) {
    if (shown.length >= limit) break;
    const length = cost ? cost(t) : 0;
    if (shown.length > 0 && used + length > budget) break;
    shown.push(t);
    used += length;
  }
  return shown;
}

/** The day `days` after `day` (`YYYY-MM-DD`). */
function shiftDay(day: string, days: number): string {
  const time = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
