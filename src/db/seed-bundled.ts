import type { Pack } from '../core/dataset/pack';
import type { PackProblem } from '../core/dataset/parse-pack';
import type { GlossDb } from './gloss-db';
import { dependentsOf, droppedIds, idsOfPack, ROW_NOUNS } from './pack-dependents';
import { deletePackRows, type PackList, writePack } from './write-pack';

/** The `bundledVersion` a pack is stored under. */
function versionOf(pack: Pick<Pack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`;
}

/**
 * A version of the bundled data that is not installed yet because installing it would lose or
 * break the reader's own data (see `upgradeProblems`): kept in `meta` under `bundledWaiting` (as JSON) and
 * shown in the options page until the reader resolves it.
 */
export interface BundledWait {
  version: string;
  problems: PackProblem[];
}

/** The most problems one wait lists (as for an import's). */
const MAX_PROBLEMS = 200;

/** Whether the store holds this version of the bundled pack (the pack itself need not be checked yet). */
export async function holdsBundled(db: GlossDb, pack: Pick<Pack, 'id' | 'version'>): Promise<boolean> {
  return (await db.meta.get('bundledVersion'))?.value === versionOf(pack);
}

/** The bundled version waiting to be installed, or null. */
export async function bundledWait(db: GlossDb): Promise<BundledWait | null> {
  const kept = (await db.meta.get('bundledWaiting'))?.value;
  return typeof kept === 'string' ? (JSON.parse(kept) as BundledWait) : null;
}

/**
 * Seeds the bundled pack when the store does not hold this version yet: one read-write
 * transaction, so a failure leaves the previous data in place. Imported packs and settings are
 * untouched: a version that would overwrite or break their rows is not installed (the one before
 * stays) and waits, with its problems, in `bundledWaiting`. Returns true when it wrote, false
 * when this version was already there or has to wait.
 */
export async function seedBundled(db: GlossDb, pack: Pack): Promise<boolean> {
  return db.transaction('rw', db.packTables(), async () => {
    if (await holdsBundled(db, pack)) return false;
    const problems = await upgradeProblems(db, pack);
    if (problems.length) {
      const wait: BundledWait = { version: pack.version, problems };
      await db.meta.put({ key: 'bundledWaiting', value: JSON.stringify(wait) });
      return false;
    }
    const stale = await db.packs.filter((p) => p.bundled && p.id !== pack.id).primaryKeys();
    for (const id of stale) await deletePackRows(db, id);
    await writePack(db, pack, true);
    await db.meta.put({ key: 'bundledVersion', value: versionOf(pack) });
    await db.meta.delete('bundledWaiting');
    return true;
  });
}

/**
 * What installing `pack` over the stored bundled data would do to imported packs: ids it uses
 * that an imported pack owns (its rows would be overwritten), and ids the bundled data has now
 * and `pack` drops that an imported pack points to (they would point at nothing). Empty on a
 * fresh store, which has no imported pack.
 */
async function upgradeProblems(db: GlossDb, pack: Pack): Promise<PackProblem[]> {
  const bundled = new Set(await db.packs.filter((p) => p.bundled).primaryKeys());
  const problems: PackProblem[] = [];
  for (const list of ['entities', 'facts', 'sources', 'notes'] as const satisfies readonly PackList[]) {
    const ids = pack[list].map((row) => row.id);
    const rows = (await db.table(list).bulkGet(ids)) as ({ pack: string } | undefined)[];
    rows.forEach((row, index) => {
      if (row && !bundled.has(row.pack) && problems.length < MAX_PROBLEMS)
        problems.push({
          path: `${list}.${index}.id`,
          message: `the bundled data ${pack.version} uses the id "${ids[index]}", which pack "${row.pack}" uses too`,
        });
    });
  }
  for (const id of bundled) {
    const dependents = await dependentsOf(db, id, droppedIds(await idsOfPack(db, id), pack));
    for (const d of dependents.filter((d) => !bundled.has(d.pack)).slice(0, MAX_PROBLEMS - problems.length))
      problems.push({
        path: `${d.list}.${d.id}`,
        message: `the bundled data ${pack.version} no longer has "${d.target}", which ${ROW_NOUNS[d.list]} "${d.id}" of pack "${d.pack}" points to`,
      });
  }
  return problems;
}

/** Removes every imported pack and writes the bundled pack afresh: "reset to the bundled data". */
export async function resetToBundled(db: GlossDb, pack: Pack): Promise<void> {
  await db.transaction('rw', db.packTables(), async () => {
    for (const id of await db.packs.toCollection().primaryKeys()) await deletePackRows(db, id);
    await db.meta.delete('bundledVersion');
    await seedBundled(db, pack);
  });
}
