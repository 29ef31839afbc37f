import type { Entity } from '../core/dataset/entity';
import type { Fact } from '../core/dataset/fact';
import type { CardData, CompactCardData, FromPack, PackInfo } from '../core/facts/card-data';
import { packLabel } from '../core/facts/card-summary';
import { compactCard } from '../core/facts/compact-card';
import type { EntityRow, FactRow, GlossDb, NoteRow, PackRow, SourceRow } from './gloss-db';
import { entityDayKey } from './schema-history';

/** Above this many facts an entity's compact card reads only the facts near the article's date. */
export const FULL_READ_LIMIT = 400;
/** How many facts before the article's date, and after it, a large entity's card reads. */
const WINDOW = 24;

/**
 * Loads everything stored about `entityId` in one read transaction (the dossier's data), or null
 * when no such entity is stored. Notes are those about the entity or about any of its facts.
 */
export async function getCardData(db: GlossDb, entityId: string): Promise<CardData | null> {
  return db.transaction('r', [db.entities, db.facts, db.sources, db.notes, db.packs], async () => {
    const row = await db.entities.get(entityId);
    if (!row) return null;
    const [factRows, entityNotes, packs] = await Promise.all([
      db.facts.where('entities').equals(entityId).sortBy('sortDate'),
      db.notes.where('entities').equals(entityId).toArray(),
      readPacks(db),
    ]);
    const facts = factRows.map(factOf);
    const notes = await notesFor(db, entityNotes, facts);
    const sources = await sourcesFor(db, facts, notes, row);
    const pack = packs[row.pack];
    return {
      entity: entityOf(row),
      facts,
      sources,
      notes,
      packs,
      datasetVersion: pack ? `${pack.id}@${pack.version}` : row.pack,
    };
  });
}

/**
 * Loads the compact card for `entityId` on an article of `articleDate`, or null when no such
 * entity is stored. An entity with up to `FULL_READ_LIMIT` facts is read whole; a larger one reads
 * only the `WINDOW` facts before the article's date and after it (by the `entityDays` index) and
 * counts the rest by index, so the card costs the same for 20 facts or 20,000. (There the counts
 * go by each fact's own date; a fact reported before its date's end is counted as "since".)
 */
export async function getCompactCard(
  db: GlossDb,
  entityId: string,
  articleDate: string | null,
): Promise<CompactCardData | null> {
  return db.transaction('r', [db.entities, db.facts, db.sources, db.notes, db.packs], async () => {
    const row = await db.entities.get(entityId);
    if (!row) return null;
    // Up to the limit, read every fact (the common case); past it, read by date and count by index.
    const keys = await db.facts
      .where('entities')
      .equals(entityId)
      .limit(FULL_READ_LIMIT + 1)
      .primaryKeys();
    let factRows: FactRow[];
    let counts: { total: number; asOf: number; since: number } | undefined;
    if (keys.length <= FULL_READ_LIMIT) {
      factRows = (await db.facts.bulkGet(keys)).filter((f) => f !== undefined);
    } else {
      const day = articleDate ?? '9999-12-31';
      const before = db.facts
        .where('entityDays')
        .between(entityDayKey(entityId, ''), entityDayKey(entityId, day), true, true);
      const after = db.facts
        .where('entityDays')
        .between(entityDayKey(entityId, day), entityDayKey(entityId, '\uffff'), false, true);
      const [asOf, since, near, latest] = await Promise.all([
        before.count(),
        after.count(),
        before.clone().reverse().limit(WINDOW).toArray(),
        after.clone().reverse().limit(WINDOW).toArray(),
      ]);
      factRows = [...near, ...latest];
      counts = { total: asOf + since, asOf, since };
    }
    const facts = factRows.map(factOf);
    const [entityNotes, packs, topics] = await Promise.all([
      db.notes.where('entities').equals(entityId).toArray(),
      readPacks(db),
      db.entities.where('kind').equals('topic').limit(50).toArray(),
    ]);
    const notes = await notesFor(db, entityNotes, facts);
    const sources = await sourcesFor(db, facts, notes, row);
    return compactCard({
      entity: entityOf(row),
      facts,
      notes,
      sources,
      packs,
      topics: topics.map((t) => ({ id: t.id, name: t.name })),
      articleDate,
      ...(counts ? { counts } : {}),
    });
  });
}

/** Every installed pack, by id, with the name citations give it. */
export async function readPacks(db: GlossDb): Promise<Record<string, PackInfo>> {
  const rows: PackRow[] = await db.packs.toArray();
  return Object.fromEntries(
    rows.map((p) => [
      p.id,
      { id: p.id, title: p.title, version: p.version, bundled: p.bundled, label: packLabel(p) },
    ]),
  );
}

function entityOf(row: EntityRow): FromPack<Entity> {
  const { names: _names, ...entity } = row;
  return entity;
}

function factOf(row: FactRow): FromPack<Fact> {
  const { sortDate: _s, sourceIds: _i, words: _w, entityDays: _d, ...fact } = row;
  return fact;
}

async function notesFor(db: GlossDb, entityNotes: NoteRow[], facts: Fact[]): Promise<NoteRow[]> {
  const factNotes = facts.length
    ? await db.notes
        .where('facts')
        .anyOf(facts.map((f) => f.id))
        .distinct()
        .toArray()
    : [];
  return [...new Map([...entityNotes, ...factNotes].map((n) => [n.id, n])).values()];
}

async function sourcesFor(
  db: GlossDb,
  facts: Fact[],
  notes: NoteRow[],
  entity: EntityRow,
): Promise<SourceRow[]> {
  const ids = new Set(facts.flatMap((f) => f.evidence.map((e) => e.source)));
  for (const n of notes) for (const v of n.variants) ids.add(v.source);
  for (const r of entity.roles) for (const id of r.sources) ids.add(id);
  for (const id of (entity as { descriptionSources?: string[] }).descriptionSources ?? []) ids.add(id);
  const rows = await db.sources.bulkGet([...ids]);
  return rows.filter((s) => s !== undefined);
}
