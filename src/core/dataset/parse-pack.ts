import type { z } from 'zod';
import { type Pack, PackSchema } from './pack';

/** One thing wrong with a pack: where (a dotted path such as `facts.3.evidence.0.source`) and what. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Ids already stored outside the pack that its references may point to (for imported packs). */
export interface KnownIds {
  entities: ReadonlySet<string>;
  facts: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/**
 * Validates unknown input as a pack in full: its shape (zod), unique ids within each kind, and
 * that every reference (fact → entity and source, evidence relay → source, note → fact, entity and
 * source, source → relayed source and the source it is known through, role and description →
 * source) resolves inside the pack, or among `known` ids already stored. Returns every problem
 * found, never throws.
 */
export function parsePack(input: unknown, known?: KnownIds): PackResult {
  const parsed = PackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkPackReferences(parsed.data, known);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

/** Unique ids, and references that resolve within the pack or to `known` ids. */
export function checkPackReferences(pack: Pack, known?: KnownIds): PackProblem[] {
  const problems: PackProblem[] = [];
  if (pack.entities.length === 0 && pack.facts.length === 0 && pack.notes.length === 0)
    problems.push({ path: '(pack)', message: 'holds nothing to import: no entities, facts or notes' });
  const entityIds = uniqueIds('entities', pack.entities, problems);
  const factIds = uniqueIds('facts', pack.facts, problems);
  const sourceIds = uniqueIds('sources', pack.sources, problems);
  uniqueIds('notes', pack.notes, problems);
  const outside: Record<string, ReadonlySet<string> | undefined> = {
    entity: known?.entities,
    fact: known?.facts,
    source: known?.sources,
  };
  const expect = (ids: Set<string>, what: 'entity' | 'fact' | 'source', id: string, path: string) => {
    if (!ids.has(id) && !outside[what]?.has(id)) problems.push({ path, message: `unknown ${what} "${id}"` });
  };
  pack.entities.forEach((e, i) => {
    e.descriptionSources?.forEach((s, j) => {
      expect(sourceIds, 'source', s, `entities.${i}.descriptionSources.${j}`);
    });
    e.roles.forEach((r, j) => {
      r.sources.forEach((s, k) => {
        expect(sourceIds, 'source', s, `entities.${i}.roles.${j}.sources.${k}`);
      });
    });
  });
  pack.facts.forEach((f, i) => {
    f.entities.forEach((e, j) => {
      expect(entityIds, 'entity', e, `facts.${i}.entities.${j}`);
    });
    f.evidence.forEach((ev, j) => {
      expect(sourceIds, 'source', ev.source, `facts.${i}.evidence.${j}.source`);
      if (ev.attribution?.kind === 'relay')
        expect(sourceIds, 'source', ev.attribution.of, `facts.${i}.evidence.${j}.attribution.of`);
    });
  });
  pack.sources.forEach((s, i) => {
    s.relays.forEach((r, j) => {
      if (r === s.id)
        problems.push({ path: `sources.${i}.relays.${j}`, message: 'a source cannot relay itself' });
      else expect(sourceIds, 'source', r, `sources.${i}.relays.${j}`);
    });
    if (s.knownThrough === s.id)
      problems.push({
        path: `sources.${i}.knownThrough`,
        message: 'a source cannot be known through itself',
      });
    else if (s.knownThrough) expect(sourceIds, 'source', s.knownThrough, `sources.${i}.knownThrough`);
  });
  pack.notes.forEach((n, i) => {
    n.facts.forEach((f, j) => {
      expect(factIds, 'fact', f, `notes.${i}.facts.${j}`);
    });
    n.entities.forEach((e, j) => {
      expect(entityIds, 'entity', e, `notes.${i}.entities.${j}`);
    });
    n.variants.forEach((v, j) => {
      expect(sourceIds, 'source', v.source, `notes.${i}.variants.${j}.source`);
    });
  });
  return problems;
}

function uniqueIds(kind: string, items: { id: string }[], problems: PackProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: `${kind}.${i}.id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

function zodProblems(error: z.ZodError): PackProblem[] {
  return error.issues.slice(0, 200).map((issue) => problemOf(issue.path.map(String), issue.message));
}

/** The longest path and message a problem keeps: a key or a value of megabytes is not echoed whole. */
const MAX_PATH = 200;
const MAX_MESSAGE = 300;

/** One problem, its path (parts joined by dots) and message cut to a readable length. */
export function problemOf(path: readonly string[], message: string): PackProblem {
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  return {
    path: cut(path.filter(Boolean).join('.'), MAX_PATH) || '(pack)',
    message: cut(message, MAX_MESSAGE),
  };
}
