import Dexie, { type Table } from 'dexie';
import type { Entity } from '../core/dataset/entity';
import type { Fact } from '../core/dataset/fact';
import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { SCHEMA_VERSIONS } from './schema-history';

/** A pack's header as stored: what the popup and options page list. */
export interface PackRow {
  id: string;
  title: string;
  version: string;
  date: string;
  licence: string;
  description?: string;
  bundled: boolean;
  installedAt: string;
  counts: { entities: number; facts: number; sources: number; notes: number };
}

/** Rows carry the id of the pack they came from, so a pack can be removed or replaced whole. */
export type EntityRow = Entity & { pack: string; names: string[] };
export type FactRow = Fact & {
  pack: string;
  sortDate: string;
  sourceIds: string[];
  words: string[];
  /** `entityId|sortDate` for each entity (schema version 5). */
  entityDays: string[];
};
export type SourceRow = Source & { pack: string };
/**
 * How many facts of one pack are about one entity, by earliest day (schema version 6): what a
 * card counts instead of reading an index. Keyed `entityId|packId`.
 */
export interface FactDaysRow {
  key: string;
  entity: string;
  pack: string;
  days: Record<string, number>;
}
export type NoteRow = Note & { pack: string };

/**
 * One key-value row: `bundledVersion`, `dataRevision` (bumped on every change of data), and the
 * compiled matcher's JSON as last built (`matcherJson`) with what it was built from
 * (`matcherRevision`: the data revision, schema version and compiler; see `matcher-store.ts`).
 */
export interface MetaRow {
  key: string;
  value: string | number;
}

/** The name of Gloss's IndexedDB database in the extension's origin. */
export const DB_NAME = 'gloss';

/**
 * Gloss's IndexedDB store (background only), at the newest schema of `SCHEMA_VERSIONS`.
 */
export class GlossDb extends Dexie {
  packs!: Table<PackRow, string>;
  entities!: Table<EntityRow, string>;
  facts!: Table<FactRow, string>;
  sources!: Table<SourceRow, string>;
  notes!: Table<NoteRow, string>;
  meta!: Table<MetaRow, string>;
  factDays!: Table<FactDaysRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const declare of SCHEMA_VERSIONS) declare(this);
  }

  /** The tables a card or a page of the dossier reads, in one transaction. */
  cardTables(): Table[] {
    return [this.entities, this.facts, this.sources, this.notes, this.packs, this.factDays];
  }

  /** Every table a change of packs writes (import, removal, seeding): one transaction's scope. */
  packTables(): Table[] {
    return [this.packs, this.entities, this.facts, this.sources, this.notes, this.factDays, this.meta];
  }
}
