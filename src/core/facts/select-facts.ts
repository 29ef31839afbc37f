import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import { earliestDay, latestDay } from '../dates/date-keys';

/** A card's facts split by what a reader of the article could have known when it appeared. */
export interface FactSections {
  /** `YYYY-MM-DD`, or null when the article's date is unknown (then every fact is in `known`). */
  articleDate: string | null;
  /** Facts reported on or before the article's date, or events over by then, oldest first. */
  known: Fact[];
  /** Everything else: facts first reported after the article's date, oldest first. */
  since: Fact[];
}

/**
 * Splits facts by the article's date: a fact belongs to "as of this article" when at least one
 * source reporting it was published on or before that day, or when its own date (an event, a bound
 * it happened by, or the day a state was reported) lies wholly before the article, even if our
 * sources reported it later (the 2 March summit on a May article); it belongs to "since this
 * article" otherwise. Plans (dated when they are meant to happen) and approximate dates go by
 * their reports. Each part is ordered by the fact's date (earliest day, then latest),
 * then by id. Sources missing from `sources` count as published on an unknown day (known).
 */
export function selectFacts(
  facts: readonly Fact[],
  sources: readonly Source[],
  articleDate: string | null,
): FactSections {
  const published = new Map(sources.map((s) => [s.id, earliestDay(s.published)]));
  const ordered = [...facts].sort(
    (a, b) =>
      earliestDay(a.date).localeCompare(earliestDay(b.date)) ||
      latestDay(a.date).localeCompare(latestDay(b.date)) ||
      a.id.localeCompare(b.id),
  );
  if (!articleDate) return { articleDate: null, known: ordered, since: [] };
  const known: Fact[] = [];
  const since: Fact[] = [];
  for (const fact of ordered) {
    const first = fact.evidence.map((e) => published.get(e.source) ?? '').sort()[0] ?? '';
    const over = fact.kind !== 'plan' && !fact.date.approximate && latestDay(fact.date) <= articleDate;
    (first === '' || first <= articleDate || over ? known : since).push(fact);
  }
  return { articleDate, known, since };
}

/**
 * The entity's role on a day: the first role whose dates include it (a role without dates counts
 * as current), or the first role at all when `day` is null. Null when the entity has no roles.
 */
export function roleOn(entity: Pick<Entity, 'roles'>, day: string | null): string | null {
  if (!entity.roles.length) return null;
  if (!day) return entity.roles[0]!.title;
  const held = entity.roles.find(
    (r) => (!r.from || earliestDay(r.from) <= day) && (!r.until || latestDay(r.until) >= day),
  );
  return held?.title ?? null;
}
