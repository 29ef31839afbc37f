import type { Entity } from '../dataset/entity';
import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';

/** A row as the store holds it: with the id of the pack it came from. */
export type FromPack<T> = T & { pack: string };

/** A pack as cards and citations name it. */
export interface PackInfo {
  id: string;
  title: string;
  version: string;
  bundled: boolean;
  /** The pack in a reader's words, for citations: "Gloss bundled dataset, version 1.1.0". */
  label: string;
}

/**
 * Everything Gloss holds about one entity (the dossier's data): the entity, its facts (oldest
 * first), every source those facts and notes cite, the notes about the entity or its facts, each
 * with the pack it came from, the packs by id, and the entity's pack as `id@version`.
 */
export interface CardData {
  entity: FromPack<Entity>;
  facts: FromPack<Fact>[];
  sources: FromPack<Source>[];
  notes: FromPack<Note>[];
  packs: Record<string, PackInfo>;
  datasetVersion: string;
}

/** One of the compact card's facts, timed against the article and worded for the card. */
export interface CompactFact {
  fact: FromPack<Fact>;
  /** The statement as a short title, at most about 80 characters (the dossier has it whole). */
  title: string;
  /** The date in plain words, in full: "4 Jun 2025", "by 4 Jun 2025", "Feb 2025, reported 4 Jun". */
  label: string;
  /**
   * The date as the card shows it: `label`, but for a fact reported after the article the event's
   * date alone ("2 Mar 2025"), the report's day going to `reportedOn`.
   */
  when: string;
  /** It had happened by the article's date, but was first reported after it. */
  reportedLater: boolean;
  /** When a fact `reportedLater` was first reported: "4 Jun"; otherwise null. */
  reportedOn: string | null;
  /** One compressed provenance line: "4 outlets · 1 original (Bloomberg) · unnamed". */
  provenance: string;
  /** The pack it comes from in a reader's words, when that is worth saying (not the entity's own bundled pack); else null. */
  pack: string | null;
}

/**
 * What the compact card shows, and no more: the entity's head (name, role on the article's date,
 * short description), at most three facts with the sources and notes their provenance lines need,
 * the "since this article" line, the differences between outlets (a count and the top one), and,
 * when nothing had happened by the article's date, what the dataset covers.
 */
export interface CompactCardData {
  entity: FromPack<Pick<Entity, 'id' | 'kind' | 'name'>>;
  role: string | null;
  description: string;
  articleDate: string | null;
  facts: CompactFact[];
  /** Facts that had happened by the article's date, shown or not. */
  asOfCount: number;
  /** Every fact about the entity. */
  total: number;
  since: { count: number; latest: CompactFact | null };
  differences: { count: number; top: { noteId: string; sides: { outlet: string; says: string }[] } | null };
  /** Notes of any kind about the entity or its facts (the dossier shows them). */
  noteCount: number;
  /** "January–June 2025" and the topic the facts are about, when the article predates them all. */
  coverage: { span: string; topic: string | null } | null;
  sources: FromPack<Source>[];
  notes: FromPack<Note>[];
  packs: Record<string, PackInfo>;
}

/** What the popup shows about the data: the packs installed and the row counts over all of them. */
export interface DataStats {
  packs: { id: string; title: string; version: string; date: string; bundled: boolean }[];
  counts: { entities: number; facts: number; sources: number; notes: number };
  /**
   * A newer bundled version not installed because it would overwrite or break the reader's own
   * packs (the one before stays until they are removed or changed), with what stands in its way.
   */
  bundledWaiting?: { version: string; problems: { path: string; message: string }[] };
}
