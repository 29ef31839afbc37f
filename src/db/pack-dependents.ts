import type { Pack } from '../core/dataset/pack';
import { type Loose, type ReferringList, referencesOf } from '../core/dataset/pack-order';
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
  list: ReferringList;
  id: string;
  /** The id it points to. */
  target: string;
}

/** Most dependents listed: enough to name the packs and show what breaks. */
const MAX_DEPENDENTS = 200;

/**
 * The rows of packs other than `packId` that point to `ids`: entities (their description and
 * role sources), facts (entities, evidence sources, relayed reports), notes (facts, entities,
 * variants' sources) and sources (relays, the report one is known through). Removing those ids
 * would leave them pointing at nothing, and their pack could no longer be exported and imported
 * again. Reads every row of the other packs: it runs on a removal or a replacement, not on a page.
 */
export async function dependentsOf(db: GlossDb, packId: string, ids: PackIds): Promise<Dependent[]> {
  const targets = new Set([...ids.entities, ...ids.sources, ...ids.facts]);
  const found: Dependent[] = [];
  if (targets.size === 0) return found;
  for (const list of ['facts', 'notes', 'entities', 'sources'] as const) {
    await db
      .table(list)
      .filter((row: { pack: string }) => row.pack !== packId)
      .each((row: Loose & { id: string; pack: string }) => {
        for (const target of referencesOf(list, row))
          if (targets.has(target) && found.length < MAX_DEPENDENTS)
            found.push({ pack: row.pack, list, id: row.id, target });
      });
  }
  return found;
}

/** Every id of `packId`'s own entities, sources and facts. */
export async function idsOfPack(db: GlossDb, packId: string): Promise<PackIds> {
  const [entities, sources, facts] = await Promise.all(
    [db.entities, db.sources, db.facts].map((t) => t.where('pack').equals(packId).primaryKeys()),
  );
  return { entities: entities as string[], sources: sources as string[], facts: facts as string[] };
}

/** A row of each list, in words. */
export const ROW_NOUNS: Record<ReferringList, string> = {
  entities: 'entity',
  facts: 'fact',
  notes: 'note',
  sources: 'source',
};

/** The problems to list for dependents: each row, the id it points to, and its pack. */
export function dependentProblems(dependents: readonly Dependent[]): PackProblem[] {
  return dependents.map((d) => ({
    path: `${d.list}.${d.id}`,
    message: `"${d.target}" is used by ${ROW_NOUNS[d.list]} "${d.id}" of pack "${d.pack}": keep it, or remove that pack first`,
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
