import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import { earliestDay, latestDay } from '../dates/date-keys';
import { formatPartialDate } from '../dates/format-partial-date';
import type { PartialDate } from '../dates/partial-date';

/** How a date relates to what it dates: on that day, at some time by then, or a state as of then. */
export type DateRelation = 'on' | 'by' | 'as-of';

/** A plan may carry the day it was announced (`date` is when it is meant to happen). */
type TimedFact = Fact & { announced?: PartialDate };

/** When a fact happened and when it was first reported, as plain `YYYY-MM-DD` days. */
export interface FactTiming {
  relation: DateRelation;
  /** The first day the event may have happened (for a plan: when it was announced, if known). */
  from: string;
  /** The last day the event may have happened. */
  to: string;
  /** The earliest publication day among the sources cited, or null when none is known. */
  reported: string | null;
  /** How many days the date may span: 0 for a single day, about 30 for a month, 365 for a year. */
  spread: number;
}

/** The relation of a date, reading a range that starts on a bare year as "by its end" (an undated remark). */
export function relationOf(date: PartialDate): DateRelation {
  const given = date.relation;
  if (given) return given;
  return date.end && date.value.length === 4 ? 'by' : 'on';
}

/**
 * The timing of a fact: when it happened, by the fact's own date (for a plan, by the day it was
 * announced, else the day it was first reported), and when our sources first reported it.
 */
export function factTiming(fact: Fact, sourcesById: ReadonlyMap<string, Source>): FactTiming {
  const days = fact.evidence
    .map((e) => sourcesById.get(e.source))
    .filter((s) => !!s)
    .map((s) => earliestDay(s.published))
    .sort();
  const reported = days[0] ?? null;
  const relation = relationOf(fact.date);
  const announced = (fact as TimedFact).announced;
  let from = earliestDay(fact.date);
  let to = latestDay(fact.date);
  if (fact.kind === 'plan') {
    const known = announced ? latestDay(announced) : reported;
    if (known) from = to = known;
  }
  return { relation, from, to, reported, spread: daysBetween(from, to) };
}

/**
 * True when a fact had happened by `day`: its date (for a plan, its announcement) lies wholly on
 * or before that day, however late our sources reported it (the 2 March summit on a May article);
 * or one of our sources had already reported it by then (a state "as of" a report, a plan).
 * A month-dated event is not known to have happened by the middle of its month.
 */
export function happenedBy(timing: FactTiming, day: string): boolean {
  return timing.to <= day || (timing.reported !== null && timing.reported <= day);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A fact's date in plain words: "4 Jun 2025", "by 4 Jun 2025", "as of 4 Jun 2025", and, when the
 * first report came later than the event, "Feb 2025, reported 4 Jun" (the year only when it differs).
 */
export function factDateLabel(fact: Fact, timing: FactTiming): string {
  let label = formatPartialDate({ ...fact.date, relation: timing.relation });
  const eventEnds = latestDay(fact.date);
  if (timing.relation !== 'as-of' && timing.reported && timing.reported > eventEnds) {
    label += `, reported ${shortDay(timing.reported, eventEnds.slice(0, 4))}`;
  }
  return label;
}

/** A day as "4 Jun", with the year added when it is not `year`. */
export function shortDay(day: string, year?: string): string {
  const [y, m, d] = day.split('-');
  const text = `${Number(d)} ${MONTHS[Number(m) - 1]}`;
  return y === year ? text : `${text} ${y}`;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`); negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
