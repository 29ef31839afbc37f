import type { DataStats } from '../core/facts/card-data';
import type { GlossDb } from './gloss-db';
import { bundledWait } from './seed-bundled';

/** Counts rows in every table and lists the installed packs, bundled first, and a bundled version that waits. */
export async function getDataStats(db: GlossDb): Promise<DataStats> {
  return db.transaction('r', [db.packs, db.entities, db.facts, db.sources, db.notes, db.meta], async () => {
    const packs = (await db.packs.toArray())
      .sort((a, b) => Number(b.bundled) - Number(a.bundled) || a.title.localeCompare(b.title))
      .map(({ id, title, version, date, bundled }) => ({ id, title, version, date, bundled }));
    const [entities, facts, sources, notes] = await Promise.all([
      db.entities.count(),
      db.facts.count(),
      db.sources.count(),
      db.notes.count(),
    ]);
    const waiting = await bundledWait(db);
    return {
      packs,
      counts: { entities, facts, sources, notes },
      ...(waiting ? { bundledWaiting: waiting } : {}),
    };
  });
}
