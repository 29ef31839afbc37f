import { aliasesFromEntities } from '../core/match/aliases-from-entities';
import { compileMatcher } from '../core/match/compile-matcher';
import type { MatcherData } from '../core/match/matcher-data';
import type { GlossDb } from './gloss-db';

/**
 * The compiled matcher for every entity in the store, rebuilt only when the data revision has
 * changed since the last build (imports, removals and reseeds bump it).
 */
export class MatcherStore {
  private cached: { revision: number; data: MatcherData } | null = null;

  constructor(private readonly db: GlossDb) {}

  /** The matcher for the current data; compiles it on first use and after any data change. */
  async get(): Promise<MatcherData> {
    const meta = await this.db.meta.get('dataRevision');
    const revision = typeof meta?.value === 'number' ? meta.value : 0;
    if (this.cached?.revision === revision) return this.cached.data;
    const entities = await this.db.entities.toArray();
    const bundled = new Set((await this.db.packs.toArray()).filter((p) => p.bundled).map((p) => p.id));
    const imported = entities.filter((e) => !bundled.has(e.pack)).map((e) => e.id);
    const data: MatcherData = {
      ...compileMatcher(aliasesFromEntities(entities)),
      importedEntities: imported,
    };
    this.cached = { revision, data };
    return data;
  }
}
