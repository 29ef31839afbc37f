import type { Table } from 'dexie';
import { bundledMatchingChanges } from '../core/dataset/bundled-matching-changes';
import type { Pack, PackInput } from '../core/dataset/pack';
import type { PackProblem } from '../core/dataset/parse-pack';
import { parsePackGradually } from '../core/dataset/parse-pack-gradually';
import type { ImportResult } from '../messaging/protocol';
import type { GlossDb } from './gloss-db';
import { bumpRevision, deletePackRows, writePack } from './write-pack';

/** The most id collisions one refusal lists (as for other problems). */
const MAX_CLASHES = 200;

/** How far an import has come: checking the pack, then writing it. */
export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

/**
 * Imports a pack all-or-nothing: validated in full (shape, unique ids, references to the pack
 * itself or to what is stored), checked for ids that another pack already uses, and only then
 * written, in one transaction. Re-importing a pack with the same id replaces it; the bundled pack
 * cannot be replaced this way. A pack that would change how bundled names are found (see
 * `bundledMatchingChanges`) is refused, with `consentNeeded` listing the changes, unless every
 * one of their keys is in `consent` (the reader agreed to exactly these). On any problem nothing
 * is written. `onProgress` follows both phases; `pause` lets a page breathe between chunks of
 * checking.
 */
export async function importPack(
  db: GlossDb,
  input: unknown,
  options: {
    onProgress?: (progress: ImportProgress) => void;
    pause?: () => Promise<void>;
    consent?: readonly string[];
  } = {},
): Promise<ImportResult> {
  // Ids the pack may point to: everything stored except the rows it would replace.
  const known = await db.transaction('r', [db.packs, db.entities, db.facts, db.sources], async () => {
    const replaced = await replaceable(db, (input as { id?: unknown } | null)?.id);
    return {
      entities: await storedIds(db.entities, replaced),
      facts: await storedIds(db.facts, replaced),
      sources: await storedIds(db.sources, replaced),
    };
  });
  const parsed = await parsePackGradually(input, {
    known,
    pause: options.pause,
    onProgress: (done, total) => options.onProgress?.({ phase: 'checking', done, total }),
  });
  if (!parsed.ok) return parsed;
  const pack = parsed.pack;
  const refused = await unconsentedChanges(db, pack, options.consent ?? []);
  if (refused) return refused;
  return db.transaction('rw', [db.packs, db.entities, db.facts, db.sources, db.notes, db.meta], async () => {
    const existing = await db.packs.get(pack.id);
    if (existing?.bundled) {
      return {
        ok: false,
        problems: [{ path: 'id', message: `"${pack.id}" is the bundled pack and cannot be replaced` }],
      };
    }
    const problems = await idCollisions(db, pack);
    if (problems.length) return { ok: false, problems };
    const row = await writePack(db, pack, false, (done, total) =>
      options.onProgress?.({ phase: 'writing', done, total }),
    );
    return { ok: true, pack: row };
  });
}

/** The refusal for changes to bundled matching the reader has not agreed to, or null. */
async function unconsentedChanges(
  db: GlossDb,
  pack: Pack,
  consent: readonly string[],
): Promise<ImportResult | null> {
  const bundledIds = (await db.packs.toArray()).filter((p) => p.bundled && p.id !== pack.id).map((p) => p.id);
  const bundled = await db.entities.where('pack').anyOf(bundledIds).toArray();
  const changes = bundledMatchingChanges(pack.entities, bundled);
  const agreed = new Set(consent);
  if (changes.every((c) => agreed.has(c.key))) return null;
  const names = new Set(changes.map((c) => c.name));
  return {
    ok: false,
    consentNeeded: changes,
    problems: changes.map((c) => ({
      path: c.path,
      message: `${c.how === 'takes-over' ? 'takes over' : 'suppresses'} mentions of the bundled name "${c.alias}" (${c.name}); importing needs your consent (${names.size} bundled names change)`,
    })),
  };
}

/** The id of the imported pack that `id` would replace, or null (none stored, or the bundled pack). */
async function replaceable(db: GlossDb, id: unknown): Promise<string | null> {
  if (typeof id !== 'string') return null;
  const row = await db.packs.get(id);
  return row && !row.bundled ? id : null;
}

/**
 * The stored ids of `table` outside pack `replaced` (keys only, read from the indexes): the rows
 * other packs own, which a pack may refer to but not reuse.
 */
async function storedIds(
  table: Table<{ pack: string }, string>,
  replaced: string | null,
): Promise<Set<string>> {
  const [all, own] = await Promise.all([
    table.toCollection().primaryKeys(),
    replaced ? table.where('pack').equals(replaced).primaryKeys() : [],
  ]);
  const ids = new Set(all);
  for (const key of own) ids.delete(key);
  return ids;
}

/**
 * The pack's ids that another pack already uses, found from the stored keys alone; only the
 * colliding rows are read, to name their pack.
 */
async function idCollisions(db: GlossDb, pack: Pack): Promise<PackProblem[]> {
  const problems: PackProblem[] = [];
  const tables = [
    ['entities', db.entities, pack.entities],
    ['facts', db.facts, pack.facts],
    ['sources', db.sources, pack.sources],
    ['notes', db.notes, pack.notes],
  ] as const;
  for (const [kind, table, items] of tables) {
    const taken = await storedIds(table as Table<{ pack: string }, string>, pack.id);
    const clashes = items.flatMap((item, i) => (taken.has(item.id) ? [i] : [])).slice(0, MAX_CLASHES);
    if (!clashes.length) continue;
    const rows = await table.bulkGet(clashes.map((i) => items[i]!.id));
    rows.forEach((row, k) => {
      problems.push({
        path: `${kind}.${clashes[k]}.id`,
        message: `id "${items[clashes[k]!]!.id}" is already used by pack "${row?.pack ?? '?'}"`,
      });
    });
  }
  return problems;
}

/** Removes an imported pack and all its rows; false when there is no such pack or it is the bundled one. */
export async function removePack(db: GlossDb, packId: string): Promise<boolean> {
  return db.transaction('rw', [db.packs, db.entities, db.facts, db.sources, db.notes, db.meta], async () => {
    const row = await db.packs.get(packId);
    if (!row || row.bundled) return false;
    await deletePackRows(db, packId);
    await bumpRevision(db);
    return true;
  });
}

/** A stored pack as a pack file (what `importPack` accepts), or null when there is no such pack. */
export async function exportPack(db: GlossDb, packId: string): Promise<PackInput | null> {
  return db.transaction('r', [db.packs, db.entities, db.facts, db.sources, db.notes], async () => {
    const row = await db.packs.get(packId);
    if (!row) return null;
    const [entities, facts, sources, notes] = await Promise.all([
      db.entities.where('pack').equals(packId).toArray(),
      db.facts.where('pack').equals(packId).toArray(),
      db.sources.where('pack').equals(packId).toArray(),
      db.notes.where('pack').equals(packId).toArray(),
    ]);
    return {
      format: 1,
      id: row.id,
      title: row.title,
      version: row.version,
      date: row.date,
      licence: row.licence,
      ...(row.description ? { description: row.description } : {}),
      entities: entities.map(({ pack: _p, names: _n, ...e }) => e),
      facts: facts.map(({ pack: _p, sortDate: _s, sourceIds: _i, words: _w, entityDays: _d, ...f }) => f),
      sources: sources.map(({ pack: _p, ...s }) => s),
      notes: notes.map(({ pack: _p, ...n }) => n),
    };
  });
}
