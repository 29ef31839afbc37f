import type { Entity } from '../core/dataset/entity';
import type { Fact } from '../core/dataset/fact';
import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { searchWords } from '../core/facts/search-words';
import type { FactRow, GlossDb } from './gloss-db';

/** What the dataset browser asks: words, an optional date range (`YYYY-MM-DD`) and outlet. */
export interface SearchQuery {
  text: string;
  from?: string;
  to?: string;
  outlet?: string;
  limit?: number;
}

/**
 * What it gets: matching entities, facts (oldest first) with the sources and notes they need, the
 * sources that match, and how many facts matched in all.
 */
export interface SearchResults {
  entities: Entity[];
  facts: Fact[];
  sources: Source[];
  factSources: Source[];
  notes: Note[];
  factCount: number;
  /** True when more facts match than were read (`factCount` is then a lower bound). */
  moreFacts: boolean;
}

/** The most facts one search reads from an index, so a common word cannot stall typing. */
export const FACT_SCAN_CAP = 2000;

/**
 * Searches the store. Entities match by the start of a name or alias; facts by every word of the
 * query (each as the start of a word of the statement, through the word index), within the date
 * range, and cited from the outlet; sources by outlet or title. Without words, facts are listed
 * by date (within the range and outlet). Fast on large packs: fact search starts from an index.
 */
export async function searchData(db: GlossDb, query: SearchQuery): Promise<SearchResults> {
  const limit = query.limit ?? 50;
  const text = query.text.trim().toLowerCase();
  const terms = searchWords(text);
  return db.transaction('r', [db.entities, db.facts, db.sources, db.notes], async () => {
    const outletSources = query.outlet
      ? new Set(
          (await db.sources.toArray())
            .filter((s) => s.outlet.toLowerCase().includes(query.outlet!.toLowerCase()))
            .map((s) => s.id),
        )
      : null;
    const entityRows = text
      ? await db.entities.where('names').startsWith(text).distinct().limit(limit).toArray()
      : [];
    const factRows = await matchingFacts(db, terms, query, outletSources);
    const sourceRows = text
      ? await db.sources
          .filter((s) => s.outlet.toLowerCase().includes(text) || s.title.toLowerCase().includes(text))
          .limit(limit)
          .toArray()
      : [];
    factRows.sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.id.localeCompare(b.id));
    const facts = factRows
      .slice(0, limit)
      .map(({ pack: _p, sortDate: _s, sourceIds: _i, words: _w, ...f }) => f);
    const noteRows = facts.length
      ? await db.notes
          .where('facts')
          .anyOf(facts.map((f) => f.id))
          .distinct()
          .toArray()
      : [];
    // The notes' outlets too, so every outlet shown has its name.
    const cited = [
      ...new Set([
        ...facts.flatMap((f) => f.evidence.map((e) => e.source)),
        ...noteRows.flatMap((n) => n.variants.map((v) => v.source)),
      ]),
    ];
    return {
      entities: entityRows.map(({ pack: _p, names: _n, ...e }) => e),
      facts,
      sources: sourceRows.map(({ pack: _p, ...s }) => s),
      factSources: (await db.sources.bulkGet(cited))
        .filter((s) => s !== undefined)
        .map(({ pack: _p, ...s }) => s),
      notes: noteRows.map(({ pack: _p, ...n }) => n),
      factCount: factRows.length,
      moreFacts: factRows.length >= FACT_SCAN_CAP,
    };
  });
}

async function matchingFacts(
  db: GlossDb,
  terms: string[],
  query: SearchQuery,
  outletSources: Set<string> | null,
) {
  const inRange = (f: FactRow) =>
    (!query.from || f.sortDate >= query.from) && (!query.to || f.sortDate <= query.to);
  const fromOutlet = (f: FactRow) => !outletSources || f.sourceIds.some((id) => outletSources.has(id));
  if (!terms.length) {
    const byDate = db.facts
      .where('sortDate')
      .between(query.from ?? '', `${query.to ?? '9999'}\uffff`, true, true);
    return byDate.filter(fromOutlet).limit(FACT_SCAN_CAP).toArray();
  }
  // Start from the rarest-looking (longest) term through the index, then check the others.
  const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length);
  return db.facts
    .where('words')
    .startsWith(first!)
    .distinct()
    .filter(
      (f) => inRange(f) && fromOutlet(f) && rest.every((term) => f.words.some((w) => w.startsWith(term))),
    )
    .limit(FACT_SCAN_CAP)
    .toArray();
}
