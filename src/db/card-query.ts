import type { CardData, CompactCardData } from '../core/facts/card-data';
import { compactCard } from '../core/facts/compact-card';
import { entityOf, factOf, notesAndSources, readPacks } from './card-rows';
import { getDossierPage } from './dossier-query';
import { readFactCounts } from './fact-days';
import type { FactRow, GlossDb } from './gloss-db';
import { entityDayKey } from './schema-history';

/** Above this many facts an entity's compact card reads only the facts near the article's date. */
export const FULL_READ_LIMIT = 400;
/** How many facts before the article's date, and after it, a large entity's card reads. */
const WINDOW = 24;

/**
 * Loads everything stored about `entityId` in one read transaction, facts oldest first (the whole
 * dossier as one page; the dossier itself reads `getDossierPage` page by page), or null when no
 * such entity is stored. Notes are those about the entity or about any of its facts.
 */
export async function getCardData(db: GlossDb, entityId: string): Promise<CardData | null> {
  const page = await getDossierPage(db, entityId, { limit: null });
  if (!page) return null;
  const { total: _t, offset: _o, next: _n, ...data } = page;
  return data;
}

/**
 * Loads the compact card for `entityId` on an article of `articleDate`, or null when no such
 * entity is stored. An entity with up to `FULL_READ_LIMIT` facts is read whole; a larger one reads
 * only the `WINDOW` facts before the article's date and after it (by the `entityDays` index), and
 * the stored counts by day (`factDays`) say how many there are on each side, so the card costs the
 * same for 20 facts or 20,000. (The counts go by each fact's own date; a fact reported before its
 * date's end is counted as "since".)
 */
export async function getCompactCard(
  db: GlossDb,
  entityId: string,
  articleDate: string | null,
): Promise<CompactCardData | null> {
  return db.transaction('r', db.cardTables(), async () => {
    // Everything that needs no other answer is asked at once: few round trips, whatever the size.
    const day = articleDate ?? '9999-12-31';
    const before = db.facts
      .where('entityDays')
      .between(entityDayKey(entityId, ''), entityDayKey(entityId, day), true, true);
    const after = db.facts
      .where('entityDays')
      .between(entityDayKey(entityId, day), entityDayKey(entityId, '\uffff'), false, true);
    const [row, { total, asOf, since }, near, latest, entityNotes, packs, topics] = await Promise.all([
      db.entities.get(entityId),
      readFactCounts(db, entityId, day),
      before.reverse().limit(WINDOW).toArray(),
      after.reverse().limit(WINDOW).toArray(),
      db.notes.where('entities').equals(entityId).toArray(),
      readPacks(db),
      db.entities.where('kind').equals('topic').limit(50).toArray(),
    ]);
    if (!row) return null;
    // Up to the limit, the card sees every fact (the windows may hold them all already); past
    // it, the windows and the counts.
    const whole = total <= FULL_READ_LIMIT;
    const factRows: FactRow[] =
      whole && near.length + latest.length < total
        ? await db.facts
            .where('entityDays')
            .between(entityDayKey(entityId, ''), entityDayKey(entityId, '\uffff'), true, true)
            .toArray()
        : [...near, ...latest];
    const facts = factRows.map(factOf);
    const { notes, sources } = await notesAndSources(db, facts, entityNotes, row);
    return compactCard({
      entity: entityOf(row),
      facts,
      notes,
      sources,
      packs,
      topics: topics.map((t) => ({ id: t.id, name: t.name })),
      articleDate,
      ...(whole ? {} : { counts: { total, asOf, since } }),
    });
  });
}
