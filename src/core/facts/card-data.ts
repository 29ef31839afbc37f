import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';

/**
 * Everything a card shows for one entity: the entity, its facts (oldest first), every source those
 * facts and notes cite, the notes about the entity or its facts, and the `pack@version` they are from.
 */
export interface CardData {
  entity: Entity;
  facts: Fact[];
  sources: Source[];
  notes: Note[];
  datasetVersion: string;
}

/** What the popup shows about the data: the packs installed and the row counts over all of them. */
export interface DataStats {
  packs: { id: string; title: string; version: string; date: string; bundled: boolean }[];
  counts: { entities: number; facts: number; sources: number; notes: number };
}
