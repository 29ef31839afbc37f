import type { CardData } from '../core/facts/card-data';
import type { GlossDb } from './gloss-db';

/**
 * Loads the card for `entityId` in one read transaction, or null when no such entity is stored.
 * Notes are those about the entity or about any of its facts.
 */
export async function getCardData(db: GlossDb, entityId: string): Promise<CardData | null> {
  return db.transaction('r', [db.entities, db.facts, db.sources, db.notes, db.packs], async () => {
    const row = await db.entities.get(entityId);
    if (!row) return null;
    const { pack, names: _names, ...entity } = row;
    const [factRows, entityNotes, packRow] = await Promise.all([
      db.facts.where('entities').equals(entityId).sortBy('sortDate'),
      db.notes.where('entities').equals(entityId).toArray(),
      db.packs.get(pack),
    ]);
    const facts = factRows.map(({ pack: _p, sortDate: _s, sourceIds: _i, words: _w, ...fact }) => fact);
    const factNotes = facts.length
      ? await db.notes
          .where('facts')
          .anyOf(facts.map((f) => f.id))
          .distinct()
          .toArray()
      : [];
    const notes = [
      ...new Map([...entityNotes, ...factNotes].map(({ pack: _p, ...n }) => [n.id, n])).values(),
    ];
    const sourceIds = new Set(facts.flatMap((f) => f.evidence.map((e) => e.source)));
    for (const n of notes) for (const v of n.variants) sourceIds.add(v.source);
    const sourceRows = await db.sources.bulkGet([...sourceIds]);
    const sources = sourceRows.filter((s) => s !== undefined).map(({ pack: _p, ...s }) => s);
    return {
      entity,
      facts,
      sources,
      notes,
      datasetVersion: packRow ? `${packRow.id}@${packRow.version}` : pack,
    };
  });
}
