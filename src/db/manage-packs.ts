import type { Table } from 'dexie';
import { bundledMatchingChanges } from '../core/dataset/bundled-matching-changes';
import type { Pack, PackInput } from '../core/dataset/pack';
import type { PackProblem } from '../core/dataset/parse-pack';
import { parsePackGradually } from '../core/dataset/parse-pack-gradually';
import type { ImportResult } from '../messaging/protocol';
import { FactDayCounts } from './fact-days';
import type { FactRow, GlossDb } from './gloss-db';
import { dependentProblems, dependentsOf, droppedIds, idsOfPack, type PackIds } from './pack-dependents';
import { bumpRevision, deletePackRows, listRows, type PackList, packHeaderRow } from './write-pack';

/** The most id collisions one refusal lists (as for other problems). */
const MAX_CLASHES = 200;

/** How far an import has come: entries checked, and rows written as checking goes on. */
export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

/** A refusal found inside the import's transaction: thrown to roll back what was written. */
class Refused extends Error {
  constructor(readonly result: ImportResult) {
    super('pack refused');
  }
}

/**
 * Imports a pack all-or-nothing, in one read-write transaction: validated in full (shape, unique
 * ids, references to the pack itself or to what is stored), checked for ids that another pack
 * already uses, and written chunk by chunk while the next chunk is checked; any problem rolls the
 * whole transaction back, so nothing changes. Re-importing a pack with the same id replaces it;
 * the bundled pack cannot be replaced this way. A pack that would change how bundled names are
 * found (see `bundledMatchingChanges`) is refused, with `consentNeeded` listing the changes,
 * unless every one of their keys is in `consent` (the reader agreed to exactly these); that is
 * decided once its entities are checked, before anything else is written. `onProgress` hears the
 * entries checked until the first rows are stored, then the rows written. Between chunks the page gets its turn while a write is
 * pending (a timer would end the transaction, so there is no `pause`).
 */
export async function importPack(
  db: GlossDb,
  input: unknown,
  options: { onProgress?: (progress: ImportProgress) => void; consent?: readonly string[] } = {},
): Promise<ImportResult> {
  const id = (input as { id?: unknown } | null)?.id;
  try {
    return await db.transaction('rw', db.packTables(), async (): Promise<ImportResult> => {
      const existing = typeof id === 'string' ? await db.packs.get(id) : undefined;
      if (existing?.bundled) {
        return {
          ok: false,
          problems: [{ path: 'id', message: `"${id}" is the bundled pack and cannot be replaced` }],
        };
      }
      const replaced = existing ? (id as string) : null;
      // Ids the pack may point to but not reuse: everything stored except the rows it replaces.
      const [entities, facts, sources, notes] = await Promise.all(
        [db.entities, db.facts, db.sources, db.notes].map((t) =>
          storedIds(t as Table<{ pack: string }, string>, replaced),
        ),
      );
      const taken: Record<PackList, Set<string>> = {
        entities: entities!,
        facts: facts!,
        sources: sources!,
        notes: notes!,
      };
      // What other packs point to in the pack replaced: the new version must keep it.
      const before: PackIds | null = replaced ? await idsOfPack(db, replaced) : null;
      if (typeof id === 'string') await deletePackRows(db, id);
      const clashes: { list: PackList; index: number; id: string }[] = [];
      const seen: Record<PackList, number> = { entities: 0, facts: 0, sources: 0, notes: 0 };
      const packEntities: Pack['entities'] = [];
      const dayCounts = new FactDayCounts();
      let consentAsked = false;
      let pending: Promise<unknown> = Promise.resolve();
      let written = 0;
      let total = 0;
      const askConsent = async () => {
        consentAsked = true;
        const refused = await unconsentedChanges(db, id as string, packEntities, options.consent ?? []);
        if (refused) throw new Refused(refused);
      };
      const parsed = await parsePackGradually(input, {
        known: taken,
        onProgress: (done, all) => {
          total = all;
          // Once rows are being written, the bar follows the writing (one step behind checking).
          if (!written) options.onProgress?.({ phase: 'checking', done, total: all });
        },
        onChunk: async (list, items, clean) => {
          const table = db.table(list);
          for (const item of items as { id: string }[]) {
            if (taken[list].has(item.id) && clashes.length < MAX_CLASHES)
              clashes.push({ list, index: seen[list], id: item.id });
            seen[list]++;
          }
          if (list === 'entities') packEntities.push(...(items as Pack['entities']));
          else if (!consentAsked && clean && !clashes.length) await askConsent();
          // Wait for the chunk before (the page gets its turn), then write this one and go on
          // checking the next while it is stored.
          await pending;
          if (clean && !clashes.length && typeof id === 'string') {
            const rows = listRows(list, items, id);
            if (list === 'facts') dayCounts.add(rows as FactRow[]);
            pending = table.bulkPut(rows).then(() => {
              written += rows.length;
              options.onProgress?.({ phase: 'writing', done: written, total });
            });
          } else {
            pending = db.meta.get('dataRevision');
          }
        },
      });
      await pending;
      if (!parsed.ok) throw new Refused(parsed);
      if (clashes.length) throw new Refused({ ok: false, problems: await clashProblems(db, clashes) });
      if (before) {
        const dropped = droppedIds(before, parsed.pack);
        const dependents = await dependentsOf(db, id as string, dropped);
        if (dependents.length) throw new Refused({ ok: false, problems: dependentProblems(dependents) });
      }
      if (!consentAsked) await askConsent();
      const row = packHeaderRow(parsed.pack, false);
      await db.factDays.bulkPut(dayCounts.list());
      await db.packs.put(row);
      await bumpRevision(db);
      return { ok: true, pack: row };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** The refusal's lines for ids another pack already uses, naming that pack. */
async function clashProblems(
  db: GlossDb,
  clashes: { list: PackList; index: number; id: string }[],
): Promise<PackProblem[]> {
  const problems: PackProblem[] = [];
  for (const { list, index, id } of clashes) {
    const row = (await db.table(list).get(id)) as { pack: string } | undefined;
    problems.push({
      path: `${list}.${index}.id`,
      message: `id "${id}" is already used by pack "${row?.pack ?? '?'}"`,
    });
  }
  return problems;
}

/** The refusal for changes to bundled matching the reader has not agreed to, or null. */
async function unconsentedChanges(
  db: GlossDb,
  packId: string,
  packEntities: Pack['entities'],
  consent: readonly string[],
): Promise<ImportResult | null> {
  const bundledIds = (await db.packs.toArray()).filter((p) => p.bundled && p.id !== packId).map((p) => p.id);
  const bundled = await db.entities.where('pack').anyOf(bundledIds).toArray();
  const changes = bundledMatchingChanges(packEntities, bundled);
  const agreed = new Set(consent);
  if (changes.every((c) => agreed.has(c.key))) return null;
  const names = new Set(changes.map((c) => c.name));
  return {
    ok: false,
    consentNeeded: changes,
    problems: changes.map((c) => ({
      path: c.path,
      message: `${c.how === 'takes-over' ? 'takes over' : 'suppresses'} mentions of the bundled name "${c.alias}" (${c.name}); importing needs your consent (${names.size} bundled names change)`,
    })),
  };
}

/**
 * The stored ids of `table` outside pack `replaced` (keys only, read from the indexes): the rows
 * other packs own, which a pack may refer to but not reuse.
 */
async function storedIds(
  table: Table<{ pack: string }, string>,
  replaced: string | null,
): Promise<Set<string>> {
  const [all, own] = await Promise.all([
    table.toCollection().primaryKeys(),
    replaced ? table.where('pack').equals(replaced).primaryKeys() : [],
  ]);
  const ids = new Set(all);
  for (const key of own) ids.delete(key);
  return ids;
}

/**
 * Removes an imported pack and all its rows; false when there is no such pack, it is the bundled
 * one, or another pack points to its rows (`packDependents` names them: they go first).
 */
export async function removePack(db: GlossDb, packId: string): Promise<boolean> {
  return db.transaction('rw', db.packTables(), async () => {
    const row = await db.packs.get(packId);
    if (!row || row.bundled) return false;
    if ((await dependentsOf(db, packId, await idsOfPack(db, packId))).length) return false;
    await deletePackRows(db, packId);
    await bumpRevision(db);
    return true;
  });
}

/** A stored pack as a pack file (what `importPack` accepts), or null when there is no such pack. */
export async function exportPack(db: GlossDb, packId: string): Promise<PackInput | null> {
  return db.transaction('r', [db.packs, db.entities, db.facts, db.sources, db.notes], async () => {
    const row = await db.packs.get(packId);
    if (!row) return null;
    const [entities, facts, sources, notes] = await Promise.all([
      db.entities.where('pack').equals(packId).toArray(),
      db.facts.where('pack').equals(packId).toArray(),
      db.sources.where('pack').equals(packId).toArray(),
      db.notes.where('pack').equals(packId).toArray(),
    ]);
    return {
      format: 1,
      id: row.id,
      title: row.title,
      version: row.version,
      date: row.date,
      licence: row.licence,
      ...(row.description ? { description: row.description } : {}),
      entities: entities.map(({ pack: _p, names: _n, ...e }) => e),
      facts: facts.map(({ pack: _p, sortDate: _s, sourceIds: _i, words: _w, entityDays: _d, ...f }) => f),
      sources: sources.map(({ pack: _p, ...s }) => s),
      notes: notes.map(({ pack: _p, ...n }) => n),
    };
  });
}
