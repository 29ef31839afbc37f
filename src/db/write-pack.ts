import type { Table } from 'dexie';
import type { Pack } from '../core/dataset/pack';
import { earliestDay } from '../core/dates/date-keys';
import { searchWords } from '../core/facts/search-words';
import { FactDayCounts } from './fact-days';
import type { EntityRow, FactDaysRow, FactRow, GlossDb, NoteRow, PackRow, SourceRow } from './gloss-db';
import { entityDayKey } from './schema-history';

/** Lower-cased names and aliases of an entity, the keys the name search looks up. */
export function entityNames(entity: Pack['entities'][number]): string[] {
  return [...new Set([entity.name, ...entity.aliases.map((a) => a.text)].map((n) => n.toLocaleLowerCase()))];
}

/** Rows written per bulk call, so progress can be reported within the one transaction. */
const WRITE_CHUNK = 5000;

/**
 * Replaces every row of `pack.id` with the pack's contents, inside the caller's read-write
 * transaction over all tables, and bumps the data revision. Rows of other packs are untouched.
 * `onWritten` hears how many rows are written so far.
 */
export async function writePack(
  db: GlossDb,
  pack: Pack,
  bundled: boolean,
  onWritten?: (done: number, total: number) => void,
): Promise<PackRow> {
  await deletePackRows(db, pack.id);
  const row = packHeaderRow(pack, bundled);
  await db.packs.put(row);
  const stored = packRows(pack);
  const rows: [Table<unknown, string>, unknown[]][] = [
    [db.entities, stored.entities],
    [db.facts, stored.facts],
    [db.sources, stored.sources],
    [db.notes, stored.notes],
    [db.factDays, stored.factDays],
  ];
  const total = rows.reduce((n, [, list]) => n + list.length, 0);
  let done = 0;
  for (const [table, list] of rows) {
    for (let i = 0; i < list.length; i += WRITE_CHUNK) {
      const part = list.slice(i, i + WRITE_CHUNK);
      await table.bulkPut(part);
      done += part.length;
      onWritten?.(done, total);
    }
  }
  await bumpRevision(db);
  return row;
}

/** The four lists of a pack, in the order they are checked and written. */
export type PackList = 'entities' | 'facts' | 'sources' | 'notes';

/**
 * The rows `writePack` stores for items of one of a pack's lists: each with its pack's id,
 * entities with their lower-cased names, facts with the keys of their indexes (earliest day,
 * entity and day, cited sources, words).
 */
export function listRows(list: PackList, items: readonly unknown[], packId: string): unknown[] {
  switch (list) {
    case 'entities':
      return (items as Pack['entities']).map((e) => ({ ...e, pack: packId, names: entityNames(e) }));
    case 'facts':
      return (items as Pack['facts']).map((f) => {
        const sortDate = earliestDay(f.date);
        return {
          ...f,
          pack: packId,
          sortDate,
          entityDays: f.entities.map((id) => entityDayKey(id, sortDate)),
          sourceIds: [...new Set(f.evidence.map((e) => e.source))],
          words: searchWords(f.statement),
        };
      });
    default:
      return (items as { id: string }[]).map((x) => ({ ...x, pack: packId }));
  }
}

/** The rows `writePack` stores for `pack`, table by table (see `listRows`), and its facts' counts by entity and day. */
export function packRows(pack: Pack): {
  entities: EntityRow[];
  facts: FactRow[];
  sources: SourceRow[];
  notes: NoteRow[];
  factDays: FactDaysRow[];
} {
  const facts = listRows('facts', pack.facts, pack.id) as FactRow[];
  const counts = new FactDayCounts();
  counts.add(facts);
  return {
    entities: listRows('entities', pack.entities, pack.id) as EntityRow[],
    facts,
    sources: listRows('sources', pack.sources, pack.id) as SourceRow[],
    notes: listRows('notes', pack.notes, pack.id) as NoteRow[],
    factDays: counts.list(),
  };
}

/** The header row of `pack` as stored. */
export function packHeaderRow(
  pack: Omit<Pack, PackList> & Record<PackList, unknown[]>,
  bundled: boolean,
): PackRow {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    date: pack.date,
    licence: pack.licence,
    ...(pack.description ? { description: pack.description } : {}),
    bundled,
    installedAt: new Date().toISOString(),
    counts: {
      entities: pack.entities.length,
      facts: pack.facts.length,
      sources: pack.sources.length,
      notes: pack.notes.length,
    },
  };
}

/** Deletes every row that came from pack `packId` (no-op when there is none). */
export async function deletePackRows(db: GlossDb, packId: string): Promise<void> {
  await db.packs.delete(packId);
  await db.entities.where('pack').equals(packId).delete();
  await db.facts.where('pack').equals(packId).delete();
  await db.sources.where('pack').equals(packId).delete();
  await db.notes.where('pack').equals(packId).delete();
  await db.factDays.where('pack').equals(packId).delete();
}

/** Increments the data revision, which tells caches (the compiled matcher) to rebuild. */
export async function bumpRevision(db: GlossDb): Promise<number> {
  const current = await db.meta.get('dataRevision');
  const next = (typeof current?.value === 'number' ? current.value : 0) + 1;
  await db.meta.put({ key: 'dataRevision', value: next });
  return next;
}
