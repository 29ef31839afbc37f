import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';
import type { CompactFact, FromPack, PackInfo } from './card-data';
import type { TimedFact } from './choose-card-facts';
import { compactProvenance } from './compact-provenance';
import { describeProvenance } from './describe-provenance';
import { shortDay } from './fact-timing';
import { shortStatement } from './short-statement';

/** The longest a fact's title may be on the compact card, in characters. */
export const FACT_TITLE_MAX = 80;

/** What turning a timed fact into the card's wording needs. */
export interface CompactFactContext {
  sources: readonly Source[];
  notes: readonly Note[];
  /** The article's day (`YYYY-MM-DD`), or null: its year is left out of `reportedOn` when the same. */
  articleDate: string | null;
  packs: Record<string, PackInfo>;
  /** The entity's own pack: a fact from another pack names its pack. */
  entityPack: string;
  /** The most characters for the title (`FACT_TITLE_MAX` unless given). */
  titleMax?: number;
}

/**
 * A fact as the compact card words it: a short title (`shortStatement`), its date in plain words
 * with its year, as every fact shown carries its whole date ("4 Jun 2025", "by 23 Jan 2025",
 * "2 Mar 2025, reported 4 Jun"); for a fact reported after the article, the date of the event
 * alone and `reportedOn` ("4 Jun", the year when it differs); and one compressed provenance line.
 */
export function toCompactFact(t: TimedFact, context: CompactFactContext): CompactFact {
  const year = context.articleDate?.slice(0, 4) ?? null;
  const eventLabel = t.reportedLater ? t.label.replace(/, reported .*$/, '') : t.label;
  const factPack = (t.fact as FromPack<typeof t.fact>).pack;
  const from = context.packs[factPack];
  const pack = from && (!from.bundled || factPack !== context.entityPack) ? from.label : null;
  return {
    fact: t.fact as CompactFact['fact'],
    title: shortStatement(t.fact.statement, context.titleMax ?? FACT_TITLE_MAX),
    label: t.label,
    when: eventLabel,
    reportedLater: t.reportedLater,
    reportedOn: t.reportedLater && t.timing.reported ? shortDay(t.timing.reported, year ?? undefined) : null,
    provenance: compactProvenance(describeProvenance(t.fact, context.sources, context.notes)),
    pack,
  };
}

/**
 * How many characters a fact takes on the compact card as a reader sees it: title, date,
 * "reported later (…)", provenance and pack, with the separators between them.
 */
export function compactFactLength(f: CompactFact): number {
  const later = f.reportedLater ? ` · reported later${f.reportedOn ? ` (${f.reportedOn})` : ''}` : '';
  const pack = f.pack ? ` · from ${f.pack}` : '';
  return `${f.title} ${f.when}${later} · ${f.provenance}${pack}`.length;
}
