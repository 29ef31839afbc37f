import { aliasesFromEntities } from '../core/match/aliases-from-entities';
import { compileMatcher } from '../core/match/compile-matcher';
import type { PackedMatcher } from '../core/match/matcher-data';
import type { BuiltMatcher, MatcherPart } from '../messaging/protocol';
import type { GlossDb } from './gloss-db';

/** The longest text of one `MatcherPart`, in UTF-16 code units (the JSON is ASCII). */
export const MATCHER_PART_CHARS = 8 * 1024 * 1024;

/**
 * The compiled matcher for every entity in the store, rebuilt only when the data revision has
 * changed since the last build (imports, removals and reseeds bump it).
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
    const meta = await this.db.meta.get('dataRevision');
    const revision = typeof meta?.value === 'number' ? meta.value : 0;
    if (this.cached?.revision === revision) return this.cached;
    this.building ??= this.build(revision).finally(() => {
      this.building = null;
    });
    const built = await this.building;
    return built.revision === revision ? built : this.current();
  }

  /** Piece `part` of the current matcher's JSON (see `MatcherPart`); throws past the last one. */
  async part(part: number): Promise<MatcherPart> {
    const built = await this.current();
    if (this.json?.revision !== built.revision)
      this.json = { revision: built.revision, text: JSON.stringify(built.data) };
    const json = this.json.text;
    const parts = Math.max(1, Math.ceil(json.length / MATCHER_PART_CHARS));
    if (part >= parts) throw new Error(`the matcher has ${parts} parts, not ${part + 1}`);
    const text = json.slice(part * MATCHER_PART_CHARS, (part + 1) * MATCHER_PART_CHARS);
    return { revision: built.revision, part, parts, text };
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
