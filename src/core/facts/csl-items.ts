import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import type { PackInfo } from './card-data';

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields Gloss fills (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  /** The BibTeX key: letters, digits and underscores only (what BibTeX accepts everywhere). */
  'citation-key': string;
  type: 'dataset' | 'article-newspaper' | 'webpage';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  version?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
  medium?: string;
}

/** A partial ISO date (`2025`, `2025-06`, `2025-06-04`) as CSL date parts. */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/**
 * The CSL-JSON items citing a fact: first the fact as an entry of its pack (title = statement,
 * publisher = the pack in a reader's words, "Gloss bundled dataset, version 1.1.0"; dated by the
 * fact's date; retrieved `today`; a note listing its sources), then each source it cites as a news
 * article. A source whose address is a search for its headline says so in its note.
 */
export function cslItemsForFact(
  fact: Fact,
  sources: readonly Source[],
  pack: PackInfo | undefined,
  today: string,
): CslItem[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...new Set(fact.evidence.map((e) => e.source))].map((id) => byId.get(id)).filter((s) => !!s);
  const packName = pack?.label ?? 'Gloss dataset';
  const entry: CslItem = {
    id: `gloss-${fact.id}`,
    'citation-key': citationKey(`gloss-${fact.id}`),
    type: 'dataset',
    title: fact.statement,
    author: [{ literal: 'Gloss' }],
    publisher: packName,
    issued: cslDate(fact.date.end ?? fact.date.value),
    accessed: cslDate(today),
    note: `Fact ${fact.id}; sources: ${cited.map((s) => s.outlet).join(', ')}`,
  };
  return [entry, ...cited.map(cslItemForSource)];
}

/** A source as a CSL-JSON news article, its address said to be a search when it is one. */
export function cslItemForSource(source: Source): CslItem {
  const search =
    (source as Source & { urlKind?: string }).urlKind === 'search' || /\/search\?/.test(source.url);
  return {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: 'article-newspaper',
    title: source.title,
    'container-title': source.outlet,
    ...(source.author ? { author: [{ literal: source.author }] } : {}),
    issued: cslDate(source.published.value),
    URL: source.url,
    ...(search ? { note: 'The address is a search for the headline, not the article' } : {}),
  };
}

/** An id as a BibTeX key: `gloss-us-declines` gives `gloss_us_declines`. */
export function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}
