import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import { earliestDay, latestDay } from '../dates/date-keys';
import { factTiming, happenedBy } from './fact-timing';

/** A card's facts split by what had happened when the article appeared. */
export interface FactSections {
  /** `YYYY-MM-DD`, or null when the article's date is unknown (then every fact is in `known`). */
  articleDate: string | null;
  /** Facts that had happened by the article's date (even if reported later), oldest first. */
  known: Fact[];
  /** Facts that happened after the article's date, oldest first. */
  since: Fact[];
}

/**
 * Splits facts by the article's date with `happenedBy`: "as of" when the fact's own date lies
 * wholly before the article (however late it was reported) or a source had reported it by then;
 * "since" otherwise. Each part is ordered by the fact's date (earliest day, then latest), then id.
 */
export function selectFacts(
  facts: readonly Fact[],
  sources: readonly Source[],
  articleDate: string | null,
): FactSections {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const ordered = [...facts].sort(
    (a, b) =>
      earliestDay(a.date).localeCompare(earliestDay(b.date)) ||
      latestDay(a.date).localeCompare(latestDay(b.date)) ||
      a.id.localeCompare(b.id),
  );
  if (!articleDate) return { articleDate: null, known: ordered, since: [] };
  const known: Fact[] = [];
  const since: Fact[] = [];
  for (const fact of ordered) (happenedBy(factTiming(fact, byId), articleDate) ? known : since).push(fact);
  return { articleDate, known, since };
}

/** The entity's role on a day, and whether it was held then, only later, or only before. */
export interface RoleOnDay {
  title: string;
  when: 'held' | 'later' | 'former';
}

/**
 * The entity's role on `day`. A role's dates come from its `from`/`until`; a role without `from`
 * is taken to hold from the earliest publication of the sources that give it (so a 2016 article
 * never gets a 2025 title). When no role covers the day: the role that ended most recently before
 * it ("former"), else the first that began after it ("later"). With `day` null, the newest role
 * held. Null when the entity has no roles.
 */
export function roleOnDay(
  entity: Pick<Entity, 'roles'>,
  day: string | null,
  sources: readonly Pick<Source, 'id' | 'published'>[] = [],
): RoleOnDay | null {
  if (!entity.roles.length) return null;
  const published = new Map(sources.map((s) => [s.id, earliestDay(s.published)]));
  const spans = entity.roles.map((r) => {
    const cited = r.sources
      .map((id) => published.get(id))
      .filter((d) => !!d)
      .sort();
    const from = r.from ? earliestDay(r.from) : (cited[0] ?? '');
    const until = r.until ? latestDay(r.until) : '9999-12-31';
    return { title: r.title, from, until };
  });
  if (!day) return { title: (spans.find((s) => s.until === '9999-12-31') ?? spans[0]!).title, when: 'held' };
  const held = spans.find((s) => s.from <= day && s.until >= day);
  if (held) return { title: held.title, when: 'held' };
  const before = spans.filter((s) => s.until < day).sort((a, b) => b.until.localeCompare(a.until))[0];
  if (before) return { title: before.title, when: 'former' };
  const after = spans.filter((s) => s.from > day).sort((a, b) => a.from.localeCompare(b.from))[0];
  return after ? { title: after.title, when: 'later' } : null;
}

/**
 * The role as the card's head says it: "President of France", "former Leader of the Opposition",
 * "later President of the United States" (a title that already says "former" is left as it is).
 */
export function roleLabel(role: RoleOnDay | null): string | null {
  if (!role) return null;
  if (role.when === 'held' || /^former\b/i.test(role.title)) return role.title;
  return `${role.when} ${role.title}`;
}
