import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { searchWords } from '../core/facts/search-words';
import { FactDayCounts } from './fact-days';

/**
 * Every schema version of Gloss's store, oldest first. Append only: a new version gets a new
 * function here, with its upgrade named and dated; old versions are never edited, because
 * browsers in the field still hold databases at them.
 */
export const SCHEMA_VERSIONS: ((db: Dexie) => void)[] = [
  version1,
  version2,
  version3,
  version4,
  version5,
  version6,
];

/** Version 1 (2026-11-22): packs, entities by name, facts by entity and date, notes by fact and entity. */
function version1(db: Dexie): void {
  db.version(1).stores({
    packs: 'id',
    entities: 'id, pack, *names',
    facts: 'id, pack, *entities, sortDate',
    sources: 'id, pack',
    notes: 'id, pack, *facts, *entities',
    meta: 'key',
  });
}

/** Version 2 (2026-11-22): facts indexed by the sources they cite, entities by kind. */
function version2(db: Dexie): void {
  db.version(2)
    .stores({
      entities: 'id, pack, *names, kind',
      facts: 'id, pack, *entities, sortDate, *sourceIds',
    })
    .upgrade(addFactSourceIds20261122);
}

/** Fills `sourceIds` on every stored fact from its evidence (upgrade to version 2). */
export async function addFactSourceIds20261122(tx: Transaction): Promise<void> {
  await tx
    .table('facts')
    .toCollection()
    .modify((fact: { evidence: { source: string }[]; sourceIds?: string[] }) => {
      fact.sourceIds = [...new Set(fact.evidence.map((e) => e.source))];
    });
}

/** Version 3 (2026-11-22): facts indexed by the words of their statements, for search as you type. */
function version3(db: Dexie): void {
  db.version(3)
    .stores({ facts: 'id, pack, *entities, sortDate, *sourceIds, *words' })
    .upgrade(addFactWords20261122);
}

/** Fills `words` on every stored fact from its statement (upgrade to version 3). */
export async function addFactWords20261122(tx: Transaction): Promise<void> {
  await tx
    .table('facts')
    .toCollection()
    .modify((fact: { statement: string; words?: string[] }) => {
      fact.words = searchWords(fact.statement);
    });
}

/**
 * Version 4 (2026-12-01): entities indexed by their Wikidata id; attribution moves from sources to
 * evidence, so the per-source `anonymous` flag is dropped from stored sources.
 */
function version4(db: Dexie): void {
  db.version(4).stores({ entities: 'id, pack, *names, kind, qid' }).upgrade(dropSourceAnonymity20261201);
}

/**
 * Removes `anonymous` from every stored source (upgrade to version 4), as importing a pack now
 * does: the flag said a whole report rested on unnamed people, which was wrong for its on-record
 * quotes. Evidence without an attribution is shown as unknown. Other rows are left as they are.
 */
export async function dropSourceAnonymity20261201(tx: Transaction): Promise<void> {
  await tx
    .table('sources')
    .toCollection()
    .modify((source: { anonymous?: boolean }) => {
      delete source.anonymous;
    });
}

/** The key of a fact in the `entityDays` index: the entity's id and the fact's earliest day. */
export function entityDayKey(entityId: string, day: string): string {
  return `${entityId}|${day}`;
}

/**
 * Version 5 (2026-12-01): facts indexed by entity and day together (`entityDays`, one key per
 * entity: `id|YYYY-MM-DD`), so a card reads only the facts nearest an article's date and counts
 * the rest, however many facts an entity has.
 */
function version5(db: Dexie): void {
  db.version(5)
    .stores({ facts: 'id, pack, *entities, sortDate, *sourceIds, *words, *entityDays' })
    .upgrade(addFactEntityDays20261201);
}

/** Fills `entityDays` on every stored fact from its entities and sort date (upgrade to version 5). */
export async function addFactEntityDays20261201(tx: Transaction): Promise<void> {
  await tx
    .table('facts')
    .toCollection()
    .modify((fact: { entities: string[]; sortDate: string; entityDays?: string[] }) => {
      fact.entityDays = fact.entities.map((id) => entityDayKey(id, fact.sortDate));
    });
}

/**
 * Version 6 (2026-12-02): each entity's facts counted by day, one row per entity and pack
 * (`factDays`), so a card and the dossier know how many facts an entity has before and after a
 * date without counting an index (slow on some browsers: 155 ms for 20,000 entries).
 */
function version6(db: Dexie): void {
  db.version(6).stores({ factDays: 'key, entity, pack' }).upgrade(countFactDays20261202);
}

/** Fills `factDays` from every stored fact (upgrade to version 6). */
export async function countFactDays20261202(tx: Transaction): Promise<void> {
  const counts = new FactDayCounts();
  await tx
    .table('facts')
    .toCollection()
    .each((fact: { entities: string[]; sortDate: string; pack: string }) => counts.add([fact]));
  await tx.table('factDays').bulkPut(counts.list());
}
