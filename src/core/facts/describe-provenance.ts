import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';

/** Where a fact comes from, in outlets and original reports. */
export interface Provenance {
  /** The outlets whose reports are cited, in the fact's evidence order, each once. */
  outlets: string[];
  /** The original reports behind the cited ones (following `relays` to their root). */
  origins: Source[];
  /** True when every original report rests on unnamed sources. */
  anonymous: boolean;
  /** A short line for the card: "4 outlets, one original report (Bloomberg), unnamed sources". */
  summary: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Describes the provenance of a fact from its evidence and the sources' relay structure, so a
 * reader sees at once when several outlets are really one report retold. `relays` is recorded
 * per source, but an outlet that relays one report may add reporting of its own: a fact that a
 * `single-outlet` note covers is that outlet's own, and is not traced back through its relays.
 */
export function describeProvenance(
  fact: Fact,
  sources: readonly Source[],
  notes: readonly Note[] = [],
): Provenance {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...new Set(fact.evidence.map((e) => e.source))].map((id) => byId.get(id)).filter((s) => !!s);
  const outlets = [...new Set(cited.map((s) => s.outlet))];
  const own = notes.some((n) => n.kind === 'single-outlet' && n.facts.includes(fact.id));
  const roots = own ? cited : cited.flatMap((s) => rootsOf(s, byId));
  const origins = [...new Map(roots.map((s) => [s.id, s])).values()];
  const anonymous = !own && origins.length > 0 && origins.every((s) => s.anonymous);
  const words = (n: number) => NUMBER_WORDS[n] ?? String(n);
  let summary: string;
  if (outlets.length <= 1) summary = `Reported by ${outlets[0] ?? 'one outlet'} only`;
  else if (origins.length === 1)
    summary = `${outlets.length} outlets, one original report (${origins[0]!.outlet})`;
  else summary = `${outlets.length} outlets, ${words(origins.length)} original reports`;
  if (anonymous) summary += ', unnamed sources';
  return { outlets, origins, anonymous, summary };
}

/** The original reports a source rests on: itself when it relays nothing. */
function rootsOf(source: Source, byId: Map<string, Source>, seen = new Set<string>()): Source[] {
  if (seen.has(source.id)) return [];
  seen.add(source.id);
  const relayed = source.relays.map((id) => byId.get(id)).filter((s) => !!s);
  if (!relayed.length) return [source];
  return relayed.flatMap((s) => rootsOf(s, byId, seen));
}
