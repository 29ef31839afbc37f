import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import type { TimedFact } from './choose-card-facts';

/** The dossier's filters; an empty field filters nothing. */
export interface FactFilter {
  /** An outlet's name, as sources give it. */
  outlet?: string;
  kind?: Fact['kind'] | '';
  /** `YYYY-MM-DD`: only facts that may have happened on or after this day. */
  from?: string;
  /** `YYYY-MM-DD`: only facts that may have happened on or before this day. */
  to?: string;
  /** Words that must all occur in the statement or an evidence quote (any case, any order). */
  text?: string;
}

/**
 * The facts that pass every filter: cited by the outlet, of the kind, overlapping the date range
 * (a fact's own span from its earliest to its latest day), and containing every word searched for
 * in its statement or quotes, ignoring case and accents.
 */
export function filterFacts(
  facts: readonly TimedFact[],
  filter: FactFilter,
  sourcesById: ReadonlyMap<string, Pick<Source, 'outlet'>>,
): TimedFact[] {
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return facts.filter(({ fact, timing }) => {
    if (filter.kind && fact.kind !== filter.kind) return false;
    if (filter.outlet && !fact.evidence.some((e) => sourcesById.get(e.source)?.outlet === filter.outlet))
      return false;
    if (filter.from && timing.to < filter.from) return false;
    if (filter.to && timing.from > filter.to) return false;
    if (words.length) {
      const hay = fold([fact.statement, ...fact.evidence.map((e) => e.quote)].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Lower case without accents, for search. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
