import type { Entity } from '../core/dataset/entity';
import type { Fact } from '../core/dataset/fact';
import type { FromPack, PackInfo } from '../core/facts/card-data';
import { packLabel } from '../core/facts/card-summary';
import type { EntityRow, FactRow, GlossDb, NoteRow, PackRow, SourceRow } from './gloss-db';

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

/** An entity row as cards show it: without the lower-cased names the search index keeps. */
export function entityOf(row: EntityRow): FromPack<Entity> {
  const { names: _names, ...entity } = row;
  return entity;
}

/** A fact row as cards show it: without the fields kept only for the indexes. */
export function factOf(row: FactRow): FromPack<Fact> {
  const { sortDate: _s, sourceIds: _i, words: _w, entityDays: _d, ...fact } = row;
  return fact;
}

/**
 * The notes and sources a card or dossier needs for `facts` of `entity`: `entityNotes` and every
 * note about one of the facts (each once), and every source the facts, those notes and the
 * entity's roles and description cite. The notes and most sources are read together; only the
 * sources cited by the facts' notes alone need a second read.
 */
export async function notesAndSources(
  db: GlossDb,
  facts: Fact[],
  entityNotes: NoteRow[],
  entity: EntityRow,
): Promise<{ notes: NoteRow[]; sources: SourceRow[] }> {
  const first = citedSources(facts, entityNotes, entity);
  const [factNotes, found] = await Promise.all([
    facts.length
      ? db.notes
          .where('facts')
          .anyOf(facts.map((f) => f.id))
          .distinct()
          .toArray()
      : [],
    db.sources.bulkGet([...first]),
  ]);
  const notes = [...new Map([...entityNotes, ...factNotes].map((n) => [n.id, n])).values()];
  const rest = [...citedSources([], factNotes, null)].filter((id) => !first.has(id));
  const more = rest.length ? await db.sources.bulkGet(rest) : [];
  return { notes, sources: [...found, ...more].filter((s) => s !== undefined) };
}

/** The ids of the sources `facts`, `notes` and the entity's roles and description cite. */
function citedSources(facts: Fact[], notes: NoteRow[], entity: EntityRow | null): Set<string> {
  const ids = new Set(facts.flatMap((f) => f.evidence.map((e) => e.source)));
  for (const n of notes) for (const v of n.variants) ids.add(v.source);
  for (const r of entity?.roles ?? []) for (const id of r.sources) ids.add(id);
  for (const id of entity?.descriptionSources ?? []) ids.add(id);
  return ids;
}
