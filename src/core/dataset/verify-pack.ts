import { earliestDay, latestDay } from '../dates/date-keys';
import { ATTRIBUTION_KINDS } from './attribution';
import { checkCuration } from './curation-rules';
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
    sources: Record<string, number>;
    roles: number;
    evidence: number;
    /** Evidence quotes by the kind of their attribution (`unknown` when none is given). */
    attribution: Record<string, number>;
    citations: Record<string, number>;
  } | null;
}

/** Days a source dated "about" may have appeared after its given date. */
const APPROXIMATE_SLACK_DAYS = 7;

/**
 * Checks a pack as a fact-checker would: everything `parsePack` checks (shape, unique ids,
 * references), the curation rules of `checkCuration`, that no fact is dated after its earliest
 * report (plans excepted), that every source is cited, and, where an archived text is given for a
 * source (by its `archive` file name), that each quote attributed to it, and each quoted fragment
 * of a note's variant for it, occurs in that text once white space, quotes and dashes are
 * normalised. A source whose quotes cannot be checked is a problem, and so is a fact reported by
 * two or more outlets that no cross-source note covers. `archives: null` means the archived texts
 * are not at hand: everything but the quotes is verified.
 */
export function verifyPack(input: unknown, archives: ReadonlyMap<string, string> | null): VerifyReport {
  const parsed = parsePack(input);
  if (!parsed.ok) return { problems: parsed.problems, summary: null };
  const pack = parsed.pack;
  const rawSources = (input as { sources: unknown[] }).sources;
  const problems: PackProblem[] = checkCuration(pack, rawSources);
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const normalisedArchives = new Map<string, string>();
  const archiveOf = (file: string) => {
    if (!normalisedArchives.has(file)) {
      const text = archives?.get(file);
      if (text !== undefined) normalisedArchives.set(file, normaliseQuote(text));
    }
    return normalisedArchives.get(file);
  };
  const checkQuote = (sourceId: string, quote: string, where: string, what: string, field = 'quote') => {
    if (archives === null) return;
    const source = sources.get(sourceId)!;
    if (!source.archive) {
      problems.push({ path: where, message: `${what} quotes "${source.id}", which has no archived text` });
      return;
    }
    const archived = archiveOf(source.archive);
    if (archived === undefined) {
      problems.push({ path: where, message: `${what}: archive ${source.archive} was not found` });
    } else if (!archived.includes(normaliseQuote(quote))) {
      problems.push({
        path: `${where}.${field}`,
        message: `${what}: quote not found in ${source.id} (${source.archive}): "${quote.slice(0, 80)}"`,
      });
    }
  };
  pack.facts.forEach((fact, i) => {
    const reports = fact.evidence.map((e) => sources.get(e.source)!).filter((s) => s.kind !== 'reference');
    const earliest = reports.sort((a, b) =>
      publishedBy(a.published).localeCompare(publishedBy(b.published)),
    )[0];
    if (fact.kind !== 'plan' && earliest && earliestDay(fact.date) > publishedBy(earliest.published)) {
      problems.push({
        path: `facts.${i}.date`,
        message: `fact "${fact.id}" is dated ${fact.date.value}, after its source "${earliest.id}" was published`,
      });
    }
    fact.evidence.forEach((ev, j) => {
      checkQuote(ev.source, ev.quote, `facts.${i}.evidence.${j}`, `fact "${fact.id}"`);
    });
  });
  pack.notes.forEach((note, i) => {
    note.variants.forEach((v, j) => {
      quotedFragments(v.says).forEach((fragment) => {
        checkQuote(v.source, fragment, `notes.${i}.variants.${j}`, `note "${note.id}"`, 'says');
      });
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
  for (const f of pack.facts)
    for (const e of f.evidence) if (e.attribution?.kind === 'relay') cite(e.attribution.of);
  for (const e of pack.entities) for (const r of e.roles) for (const s of r.sources) cite(s);
  for (const e of pack.entities) for (const s of e.descriptionSources ?? []) cite(s);
  for (const s of pack.sources) for (const r of s.relays) cite(r);
  for (const s of pack.sources) if (s.knownThrough) cite(s.id);
  return counts;
}

/**
 * The quoted fragments of a note variant: text inside double quotes (straight or curly), split
 * at an ellipsis, so each part can be looked up in the archived text.
 */
export function quotedFragments(says: string): string[] {
  const fragments: string[] = [];
  for (const m of says.matchAll(/“([^”]+)”|"([^"]+)"/g)) {
    for (const part of (m[1] ?? m[2] ?? '').split('…')) {
      const trimmed = part.trim();
      if (trimmed) fragments.push(trimmed);
    }
  }
  return fragments;
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
    sources: tally(pack.sources, (s) => s.kind ?? 'report'),
    roles: pack.entities.reduce((n, e) => n + e.roles.length, 0),
    evidence: pack.facts.reduce((n, f) => n + f.evidence.length, 0),
    attribution: {
      ...Object.fromEntries(ATTRIBUTION_KINDS.map((k) => [k, 0])),
      ...tally(
        pack.facts.flatMap((f) => f.evidence),
        (e) => e.attribution?.kind ?? 'unknown',
      ),
    },
    citations,
  };
}
