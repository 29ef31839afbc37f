import type { DossierPage } from '../messaging/protocol';
import { entityOf, factOf, notesAndSources, readPacks } from './card-rows';
import { readFactCounts } from './fact-days';
import type { GlossDb } from './gloss-db';
import { entityDayKey } from './schema-history';

/** How many facts one page of the dossier reads. */
export const DOSSIER_PAGE = 500;

/**
 * Reads one page of the dossier of `entityId` in one read transaction, or null when no such
 * entity is stored. Only the page's facts are read (a range of the `entityDays` index); the total
 * comes from the stored counts by day (`factDays`), so the first page of an entity with 20,000
 * facts costs about what a small entity's whole dossier does. `limit` is `DOSSIER_PAGE` unless given (null: every fact from `offset`).
 */
export async function getDossierPage(
  db: GlossDb,
  entityId: string,
  options: { offset?: number; limit?: number | null } = {},
): Promise<DossierPage | null> {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = options.limit === null ? null : Math.max(1, Math.floor(options.limit ?? DOSSIER_PAGE));
  return db.transaction('r', db.cardTables(), async () => {
    const row = await db.entities.get(entityId);
    if (!row) return null;
    const range = db.facts
      .where('entityDays')
      .between(entityDayKey(entityId, ''), entityDayKey(entityId, '\uffff'), true, true);
    const [{ total }, factRows, entityNotes, packs] = await Promise.all([
      readFactCounts(db, entityId, ''),
      (limit === null ? range.offset(offset) : range.offset(offset).limit(limit)).toArray(),
      db.notes.where('entities').equals(entityId).toArray(),
      readPacks(db),
    ]);
    const facts = factRows.map(factOf);
    const { notes, sources } = await notesAndSources(db, facts, entityNotes, row);
    const pack = packs[row.pack];
    const end = offset + facts.length;
    return {
      entity: entityOf(row),
      facts,
      sources,
      notes,
      packs,
      datasetVersion: pack ? `${pack.id}@${pack.version}` : row.pack,
      total,
      offset,
      next: end < total && facts.length > 0 ? end : null,
    };
  });
}
