import { earliestDay, latestDay } from '../dates/date-keys';
import type { Pack } from './pack';
import type { PackProblem } from './parse-pack';

/** The most words an evidence quote may have in a curated pack. */
export const MAX_QUOTE_WORDS = 25;
/** The most quotes one fact may take from one source. */
export const MAX_QUOTES_PER_SOURCE = 2;
/** Aliases with fewer letters than this need a rule beyond capitals (after a full name, or context). */
const MIN_ALIAS_LETTERS = 3;

/**
 * The rules a curated pack (the bundled one) is held to beyond its schema: every role and
 * description sourced; no source-level anonymity in the input (`rawSources`, before the schema
 * drops the old flag); every piece of evidence attributed, quoting at most 25 words, and no fact
 * taking more than two quotes from one source; `announced` only on plans, and a plan not dated
 * before its announcement; short aliases guarded; every entity with a Wikidata id or an explicit
 * `none` with a reason; reference sources with their retrieval day.
 */
export function checkCuration(pack: Pack, rawSources: readonly unknown[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  pack.entities.forEach((e, i) => {
    if (!e.descriptionSources?.length)
      problem(`entities.${i}.descriptionSources`, `entity "${e.id}": its description cites no source`);
    e.roles.forEach((r, j) => {
      if (!r.sources.length)
        problem(`entities.${i}.roles.${j}.sources`, `entity "${e.id}": role "${r.title}" cites no source`);
      if (!r.from && !r.until)
        problem(`entities.${i}.roles.${j}`, `entity "${e.id}": role "${r.title}" has no dates`);
    });
    if (e.qid === undefined)
      problem(`entities.${i}.qid`, `entity "${e.id}" has no Wikidata id and no explicit "none"`);
    else if (e.qid === 'none' && !e.qidNote)
      problem(`entities.${i}.qidNote`, `entity "${e.id}": "none" needs a reason`);
    e.aliases.forEach((a, j) => {
      const letters = a.text.match(/\p{L}/gu)?.length ?? 0;
      if (letters < MIN_ALIAS_LETTERS && a.rule !== 'after-full-name' && !a.needsContext)
        problem(
          `entities.${i}.aliases.${j}`,
          `entity "${e.id}": alias "${a.text}" is shorter than ${MIN_ALIAS_LETTERS} letters and has no rule`,
        );
    });
  });
  rawSources.forEach((s, i) => {
    if (s && typeof s === 'object' && 'anonymous' in s)
      problem(`sources.${i}.anonymous`, 'anonymity is recorded per piece of evidence, not per source');
  });
  pack.sources.forEach((s, i) => {
    if (s.kind === 'reference' && !s.retrieved)
      problem(`sources.${i}.retrieved`, `reference "${s.id}" does not say when it was retrieved`);
  });
  pack.facts.forEach((f, i) => {
    const perSource = new Map<string, number>();
    f.evidence.forEach((ev, j) => {
      const where = `facts.${i}.evidence.${j}`;
      if (!ev.attribution)
        problem(`${where}.attribution`, `fact "${f.id}": evidence from "${ev.source}" has no attribution`);
      const words = ev.quote.trim().split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS)
        problem(`${where}.quote`, `fact "${f.id}": quote of ${words} words (at most ${MAX_QUOTE_WORDS})`);
      perSource.set(ev.source, (perSource.get(ev.source) ?? 0) + 1);
    });
    for (const [source, n] of perSource) {
      if (n > MAX_QUOTES_PER_SOURCE)
        problem(
          `facts.${i}.evidence`,
          `fact "${f.id}" takes ${n} quotes from "${source}" (at most ${MAX_QUOTES_PER_SOURCE})`,
        );
    }
    if (f.announced && f.kind !== 'plan')
      problem(`facts.${i}.announced`, `fact "${f.id}": only a plan has an announcement date`);
    if (f.announced && latestDay(f.date) < earliestDay(f.announced))
      problem(
        `facts.${i}.date`,
        `plan "${f.id}" is dated ${f.date.value}, before it was announced (${f.announced.value})`,
      );
  });
  return problems;
}
