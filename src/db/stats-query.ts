import type { DataStats } from '../core/facts/card-data';
import type { GlossDb } from './gloss-db';

/** Counts rows in every table and lists the installed packs, bundled first. */
export async function getDataStats(db: GlossDb): Promise<DataStats> {
  return db.transaction('r', [db.packs, db.entities, db.facts, db.sources, db.notes], async () => {
    const packs = (await db.packs.toArray())
      .sort((a, b) => Number(b.bundled) - Number(a.bundled) || a.title.localeCompare(b.title))
      .map(({ id, title, version, date, bundled }) => ({ id, title, version, date, bundled }));
    const [entities, facts, sources, notes] = await Promise.all([
      db.entities.count(),
      db.facts.count(),
      db.sources.count(),
      db.notes.count(),
    ]);
    return { packs, counts: { entities, facts, sources, notes } };
  });
}
