import { aliasesFromEntities } from '../core/match/aliases-from-entities';
import { compileMatcher } from '../core/match/compile-matcher';
import type { PackedMatcher } from '../core/match/matcher-data';
import type { BuiltMatcher, MatcherPart } from '../messaging/protocol';
import type { GlossDb } from './gloss-db';

/** The longest text of one `MatcherPart`, in UTF-16 code units (the JSON is ASCII). */
export const MATCHER_PART_CHARS = 8 * 1024 * 1024;

/** The `meta` rows that keep the compiled matcher's JSON and what it was built from (see `builtFrom`). */
const STORED_TEXT = 'matcherJson';
const STORED_REVISION = 'matcherRevision';

/** A digest of the matcher compiler's sources, set by the build (`wxt.config.ts`); absent in tests. */
declare const __GLOSS_MATCHER_CODE__: string | undefined;
const MATCHER_CODE = typeof __GLOSS_MATCHER_CODE__ === 'string' ? __GLOSS_MATCHER_CODE__ : 'unbuilt';

/**
 * What a kept matcher must have been built from to be served: this data revision, in this version
 * of the store's schema, by this compiler. An update of Gloss leaves the data revision as it was:
 * one that compiles aliases differently (or packs them in another format), or whose schema upgrade
 * rewrote rows, must not be served the old build.
 */
function builtFrom(db: GlossDb, revision: number): string {
  return `${revision}/${db.verno}/${MATCHER_CODE}`;
}

/**
 * The compiled matcher for every entity in the store, rebuilt only when the data revision has
 * changed since the last build (imports, removals and reseeds bump it). Its JSON is kept in the
 * store too, with its revision and compiler: the browser stops an idle background, and the one it
 * starts for the next page serves that JSON instead of compiling every alias again.
 */
export class MatcherStore {
  private cached: BuiltMatcher | null = null;
  private json: { revision: number; text: string } | null = null;
  private building: Promise<BuiltMatcher> | null = null;

  constructor(private readonly db: GlossDb) {}

  /** The matcher for the current data; compiles it on first use and after any data change. */
  async get(): Promise<PackedMatcher> {
    return (await this.current()).data;
  }

  /** The current matcher with its revision. */
  async current(): Promise<BuiltMatcher> {
    const revision = await this.revision();
    if (this.cached?.revision === revision) return this.cached;
    this.building ??= this.build(revision).finally(() => {
      this.building = null;
    });
    const built = await this.building;
    return built.revision === revision ? built : this.current();
  }

  /** Has the current matcher's JSON ready (and kept in the store), before a page asks for it. */
  async prepare(): Promise<void> {
    await this.text();
  }

  /** Piece `part` of the current matcher's JSON (see `MatcherPart`); throws past the last one. */
  async part(part: number): Promise<MatcherPart> {
    const { revision, text: json } = await this.text();
    const parts = Math.max(1, Math.ceil(json.length / MATCHER_PART_CHARS));
    if (part >= parts) throw new Error(`the matcher has ${parts} parts, not ${part + 1}`);
    const text = json.slice(part * MATCHER_PART_CHARS, (part + 1) * MATCHER_PART_CHARS);
    return { revision, part, parts, text };
  }

  private async revision(): Promise<number> {
    const meta = await this.db.meta.get('dataRevision');
    return typeof meta?.value === 'number' ? meta.value : 0;
  }

  /** The current matcher's JSON: in memory, else as kept in the store for this revision, else compiled and kept. */
  private async text(): Promise<{ revision: number; text: string }> {
    const { db } = this;
    // The kept rows are read with the revision in one transaction, only when the JSON in memory is
    // not for it, and the text (it may be large) only when it is this build's.
    const [revision, kept] = await db.transaction('r', db.meta, async () => {
      const revision = await this.revision();
      if (this.json?.revision === revision) return [revision, undefined];
      const stored = await db.meta.get(STORED_REVISION);
      return [
        revision,
        stored?.value === builtFrom(db, revision) ? await db.meta.get(STORED_TEXT) : undefined,
      ];
    });
    if (this.json?.revision === revision) return this.json;
    if (typeof kept?.value === 'string') {
      this.json = { revision, text: kept.value };
      return this.json;
    }
    const built = await this.current();
    if (this.json?.revision !== built.revision) {
      const text = JSON.stringify(built.data);
      this.json = { revision: built.revision, text };
      // Both rows or neither. Kept for the next start only: a store that cannot take them (out of
      // space) costs that start a compile.
      await db
        .transaction('rw', db.meta, () =>
          db.meta.bulkPut([
            { key: STORED_REVISION, value: builtFrom(db, built.revision) },
            { key: STORED_TEXT, value: text },
          ]),
        )
        .catch(() => {});
    }
    return this.json;
  }

  private async build(revision: number): Promise<BuiltMatcher> {
    const entities = await this.db.entities.toArray();
    const bundled = new Set((await this.db.packs.toArray()).filter((p) => p.bundled).map((p) => p.id));
    const imported = entities.filter((e) => !bundled.has(e.pack)).map((e) => e.id);
    const data: PackedMatcher = {
      ...compileMatcher(aliasesFromEntities(entities)),
      importedEntities: imported,
    };
    const built: BuiltMatcher = { revision, data };
    this.cached = built;
    return built;
  }
}
