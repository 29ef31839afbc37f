import { latestDay } from '../dates/date-keys';
import { normaliseQuote } from './normalise-quote';
import type { Pack } from './pack';
import { type PackProblem, parsePack } from './parse-pack';

/** What `verifyPack` found: problems (empty when the pack passes) and a summary of its contents. */
export interface VerifyReport {
  problems: PackProblem[];
  summary: {
    entities: Record<string, number>;
    facts: Record<string, number>;
    notes: Record<string, number>;
    evidence: number;
    citations: Record<string, number>;
  } | null;
}

/** Days a source dated "about" may have appeared after its given date. */
const APPROXIMATE_SLACK_DAYS = 7;

/**
 * Checks a pack as a fact-checker would: everything `parsePack` checks (shape, unique ids,
 * references), plus that no fact is dated after the sources that report it (plans excepted),
 * that every source is cited, and, where an archived text is given for a source (by its
 * `archive` file name), that each quote attributed to it occurs in that text once white space,
 * quotes and dashes are normalised. A source whose evidence cannot be checked is a problem, and
 * so is a fact reported by two or more outlets that no cross-source note covers. `archives: null`
 * means the archived texts are not at hand: everything but the quotes is verified.
 */
export function verifyPack(input: unknown, archives: ReadonlyMap<string, string> | null): VerifyReport {
  const parsed = parsePack(input);
  if (!parsed.ok) return { problems: parsed.problems, summary: null };
  const pack = parsed.pack;
  const problems: PackProblem[] = [];
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const normalisedArchives = new Map<string, string>();
  const archiveOf = (file: string) => {
    if (!normalisedArchives.has(file)) {
      const text = archives?.get(file);
      if (text !== undefined) normalisedArchives.set(file, normaliseQuote(text));
    }
    return normalisedArchives.get(file);
  };
  pack.facts.forEach((fact, i) => {
    fact.evidence.forEach((ev, j) => {
      const source = sources.get(ev.source)!;
      const where = `facts.${i}.evidence.${j}`;
      if (fact.kind !== 'plan' && fact.date.value.slice(0, 10) > publishedBy(source.published)) {
        problems.push({
          path: `facts.${i}.date`,
          message: `fact "${fact.id}" is dated ${fact.date.value}, after its source "${source.id}" was published`,
        });
      }
      if (archives === null) return;
      if (!source.archive) {
        problems.push({
          path: where,
          message: `fact "${fact.id}" quotes "${source.id}", which has no archived text`,
        });
        return;
      }
      const archived = archiveOf(source.archive);
      if (archived === undefined) {
        problems.push({ path: where, message: `fact "${fact.id}": archive ${source.archive} was not found` });
      } else if (!archived.includes(normaliseQuote(ev.quote))) {
        problems.push({
          path: `${where}.quote`,
          message: `fact "${fact.id}": quote not found in ${source.id} (${source.archive}): "${ev.quote.slice(0, 80)}"`,
        });
      }
    });
  });
  const noted = new Set(pack.notes.flatMap((n) => n.facts));
  pack.facts.forEach((fact, i) => {
    const outlets = new Set(fact.evidence.map((e) => sources.get(e.source)!.outlet));
    if (outlets.size >= 2 && !noted.has(fact.id)) {
      problems.push({
        path: `facts.${i}`,
        message: `fact "${fact.id}" is reported by ${outlets.size} outlets but no cross-source note covers it`,
      });
    }
  });
  const citations = countCitations(pack);
  for (const [i, s] of pack.sources.entries()) {
    if (!citations[s.id]) problems.push({ path: `sources.${i}`, message: `source "${s.id}" is never cited` });
  }
  return { problems, summary: summarise(pack, citations) };
}

function publishedBy(published: Pack['sources'][number]['published']): string {
  const last = latestDay(published);
  if (!published.approximate) return last;
  const d = new Date(`${last}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + APPROXIMATE_SLACK_DAYS);
  return d.toISOString().slice(0, 10);
}

function countCitations(pack: Pack): Record<string, number> {
  const counts: Record<string, number> = {};
  const cite = (id: string) => {
    counts[id] = (counts[id] ?? 0) + 1;
  };
  for (const f of pack.facts) for (const e of f.evidence) cite(e.source);
  for (const n of pack.notes) for (const v of n.variants) cite(v.source);
  for (const e of pack.entities) for (const r of e.roles) for (const s of r.sources) cite(s);
  for (const s of pack.sources) for (const r of s.relays) cite(r);
  return counts;
}

function tally<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function summarise(pack: Pack, citations: Record<string, number>): VerifyReport['summary'] {
  return {
    entities: tally(pack.entities, (e) => e.kind),
    facts: tally(pack.facts, (f) => f.kind),
    notes: tally(pack.notes, (n) => n.kind),
    evidence: pack.facts.reduce((n, f) => n + f.evidence.length, 0),
    citations,
  };
}
