import type { PackInput } from '../../core/dataset/pack';
import type { DataStats } from '../../core/facts/card-data';
import type { ImportProgress } from '../../db/manage-packs';
import type { SearchQuery, SearchResults } from '../../db/search-data';
import type { EntitySummary, ImportResult } from '../../messaging/protocol';

/**
 * What the options page does with the store, handed in by its entrypoint (which opens the
 * database: the options page shares the extension's origin with the background).
 */
export interface OptionsServices {
  stats(): Promise<DataStats>;
  /** Every entity in the store, by name (to pick one in the browser and to name muted ones). */
  entities(): Promise<EntitySummary[]>;
  search(query: SearchQuery): Promise<SearchResults>;
  /** `consent`: the keys of the changes to bundled matching the reader agreed to. */
  importPack(
    input: unknown,
    onProgress: (progress: ImportProgress) => void,
    consent?: readonly string[],
  ): Promise<ImportResult>;
  exportPack(packId: string): Promise<PackInput | null>;
  /** The titles of the other packs that point to this one's entities, sources or facts. */
  packDependents(packId: string): Promise<string[]>;
  removePack(packId: string): Promise<boolean>;
  reset(): Promise<void>;
}
