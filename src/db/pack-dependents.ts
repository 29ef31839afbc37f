import type { Pack } from '../core/dataset/pack';
import type { PackProblem } from '../core/dataset/parse-pack';
import type { GlossDb } from './gloss-db';

/** Ids of one pack's rows that other packs may point to. */
export interface PackIds {
  entities: readonly string[];
  sources: readonly string[];
  facts: readonly string[];
}

/** A row of another pack that points to one of the ids asked about. */
export interface Dependent {
  pack: string;
  list: 'facts' | 'notes';
  id: string;
  /** The id it points to. */
  target: string;
}

/** Most dependents listed: enough to name the packs and show what breaks. */
const MAX_DEPENDENTS = 200;

/**
 * The rows of packs other than `packId` that point to `ids` (by the indexes: a fact's entities
 * and sources, a note's facts and entities): removing those ids would leave them pointing at
 * nothing, and their pack could no longer be exported or imported again.
 */
export async function dependentsOf(db: GlossDb, packId: string, ids: PackIds): Promise<Dependent[]> {
  const found: Dependent[] = [];
  const add = (
    list: Dependent['list'],
    rows: { id: string; pack: string }[],
    targets: (row: never) => string[],
  ) => {
    for (const row of rows) {
      if (row.pack === packId || found.length >= MAX_DEPENDENTS) continue;
      for (const target of targets(row as never)) found.push({ pack: row.pack, list, id: row.id, target });
    }
  };
  const entities = new Set(ids.entities);
  const sources = new Set(ids.sources);
  const facts = new Set(ids.facts);
  const [byEntity, bySource, noteByFact, noteByEntity] = await Promise.all([
    ids.entities.length
      ? db.facts
          .where('entities')
          .anyOf([...entities])
          .toArray()
      : [],
    ids.sources.length
      ? db.facts
          .where('sourceIds')
          .anyOf([...sources])
          .toArray()
      : [],
    ids.facts.length
      ? db.notes
          .where('facts')
          .anyOf([...facts])
          .toArray()
      : [],
    ids.entities.length
      ? db.notes
          .where('entities')
          .anyOf([...entities])
          .toArray()
      : [],
  ]);
  const seen = new Set<string>();
  const once = <T extends { id: string }>(list: string, rows: T[]) =>
    rows.filter((r) => !seen.has(`${list}/${r.id}`) && seen.add(`${list}/${r.id}`));
  add(
    'facts',
    once('facts', [...byEntity, ...bySource]),
    (f: { entities: string[]; sourceIds: string[] }) => [
      ...f.entities.filter((e) => entities.has(e)),
      ...f.sourceIds.filter((s) => sources.has(s)),
    ],
  );
  add(
    'notes',
    once('notes', [...noteByFact, ...noteByEntity]),
    (n: { facts?: string[]; entities?: string[] }) => [
      ...(n.facts ?? []).filter((f) => facts.has(f)),
      ...(n.entities ?? []).filter((e) => entities.has(e)),
    ],
  );
  return found;
}

/** Every id of `packId`'s own entities, sources and facts. */
export async function idsOfPack(db: GlossDb, packId: string): Promise<PackIds> {
  const [entities, sources, facts] = await Promise.all(
    [db.entities, db.sources, db.facts].map((t) => t.where('pack').equals(packId).primaryKeys()),
  );
  return { entities: entities as string[], sources: sources as string[], facts: facts as string[] };
}

/** The problems to list for dependents: each row, the id it points to, and its pack. */
export function dependentProblems(dependents: readonly Dependent[]): PackProblem[] {
  return dependents.map((d) => ({
    path: `${d.list}.${d.id}`,
    message: `"${d.target}" is used by ${d.list === 'facts' ? 'fact' : 'note'} "${d.id}" of pack "${d.pack}": keep it, or remove that pack first`,
  }));
}

/** The ids the pack replaced had and its new version has not. */
export function droppedIds(before: PackIds, pack: Pack): PackIds {
  const dropped = (old: readonly string[], kept: readonly { id: string }[]) => {
    const now = new Set(kept.map((r) => r.id));
    return old.filter((id) => !now.has(id));
  };
  return {
    entities: dropped(before.entities, pack.entities),
    sources: dropped(before.sources, pack.sources),
    facts: dropped(before.facts, pack.facts),
  };
}

/** The titles of the other packs whose facts or notes point to `packId`'s entities, sources or facts. */
export async function packDependents(db: GlossDb, packId: string): Promise<string[]> {
  return db.transaction('r', db.packTables(), async () => {
    const dependents = await dependentsOf(db, packId, await idsOfPack(db, packId));
    const ids = [...new Set(dependents.map((d) => d.pack))];
    return (await db.packs.bulkGet(ids)).map((p, i) => p?.title ?? ids[i]!);
  });
}
