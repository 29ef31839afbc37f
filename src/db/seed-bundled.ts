import type { Pack } from '../core/dataset/pack';
import type { GlossDb } from './gloss-db';
import { deletePackRows, writePack } from './write-pack';

/**
 * Seeds the bundled pack when the store does not hold this version yet: one read-write
 * transaction, so a failure leaves the previous data in place. Imported packs and settings are
 * untouched. Returns true when it wrote, false when this version was already there.
 */
export async function seedBundled(db: GlossDb, pack: Pack): Promise<boolean> {
  return db.transaction('rw', db.packTables(), async () => {
    const seeded = await db.meta.get('bundledVersion');
    if (seeded?.value === `${pack.id}@${pack.version}`) return false;
    const stale = await db.packs.filter((p) => p.bundled && p.id !== pack.id).primaryKeys();
    for (const id of stale) await deletePackRows(db, id);
    await writePack(db, pack, true);
    await db.meta.put({ key: 'bundledVersion', value: `${pack.id}@${pack.version}` });
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
