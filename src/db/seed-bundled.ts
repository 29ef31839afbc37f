import type { Pack } from '../core/dataset/pack';
import type { GlossDb } from './gloss-db';
import { deletePackRows, writePack } from './write-pack';

/** The `bundledVersion` a pack is stored under. */
function versionOf(pack: Pick<Pack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`;
}

/** Whether the store holds this version of the bundled pack (the pack itself need not be checked yet). */
export async function holdsBundled(db: GlossDb, pack: Pick<Pack, 'id' | 'version'>): Promise<boolean> {
  return (await db.meta.get('bundledVersion'))?.value === versionOf(pack);
}

/**
 * Seeds the bundled pack when the store does not hold this version yet: one read-write
 * transaction, so a failure leaves the previous data in place. Imported packs and settings are
 * untouched. Returns true when it wrote, false when this version was already there.
 */
export async function seedBundled(db: GlossDb, pack: Pack): Promise<boolean> {
  return db.transaction('rw', db.packTables(), async () => {
    if (await holdsBundled(db, pack)) return false;
    const stale = await db.packs.filter((p) => p.bundled && p.id !== pack.id).primaryKeys();
    for (const id of stale) await deletePackRows(db, id);
    await writePack(db, pack, true);
    await db.meta.put({ key: 'bundledVersion', value: versionOf(pack) });
    return true;
  });
}

/** Removes every imported pack and writes the bundled pack afresh: "reset to the bundled data". */
export async function resetToBundled(db: GlossDb, pack: Pack): Promise<void> {
  await db.transaction('rw', db.packTables(), async () => {
    for (const id of await db.packs.toCollection().primaryKeys()) await deletePackRows(db, id);
    await db.meta.delete('bundledVersion');
    await seedBundled(db, pack);
  });
}
