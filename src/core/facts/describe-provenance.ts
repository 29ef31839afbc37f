import type { Attribution } from '../dataset/attribution';
import type { Fact } from '../dataset/fact';
import type { Note } from '../dataset/note';
import type { Source } from '../dataset/source';

/** Who a fact's evidence is attributed to, gathered over all its pieces of evidence. */
export interface AttributionSummary {
  /** Named speakers, each once, with the first setting given for them. */
  onRecord: { who: string; setting?: string }[];
  /** How the outlets describe the unnamed people they cite, each description once. */
  unnamed: string[];
  /** Outlets whose own reporting it is. */
  ownReporting: string[];
  /**
   * Outlets of the reports the evidence credits (`relay` attributions); in a `Provenance`, only
   * those not already named as its original reports.
   */
  relayed: string[];
  /** True when some evidence carries no attribution (an older pack): nothing is said about it. */
  unknown: boolean;
}

/** Where a fact comes from, in outlets and original reports, and who is speaking. */
export interface Provenance {
  /** The outlets whose reports are cited, in the fact's evidence order, each once. */
  outlets: string[];
  /** The original reports behind the cited ones (following relays to their root). */
  origins: Source[];
  /** True when every piece of evidence is attributed to unnamed people. */
  anonymous: boolean;
  attribution: AttributionSummary;
  /**
   * A short line for the card: "4 outlets, one original report (Bloomberg); unnamed: people
   * familiar with the matter", or "Reported by UNN only, relaying Bloomberg; on the record:
   * Patrick Turner (in an interview in Kyiv)".
   */
  summary: string;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Describes the provenance of a fact from its evidence and the sources' relay structure, so a
 * reader sees at once when several outlets are really one report retold, and who said it. The
 * origin of a piece of evidence is the report its attribution credits (`relay`), the outlet itself
 * for its own reporting (`outlet`), and otherwise the root of the source's `relays`, unless a
 * `single-outlet` note covers the fact (then it is that outlet's own). On-record speakers are
 * named as such, never folded into "unnamed".
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
  const roots = fact.evidence.flatMap((e) => {
    const source = byId.get(e.source);
    if (!source) return [];
    const a = e.attribution;
    if (a?.kind === 'relay') {
      const relayed = byId.get(a.of);
      return relayed ? rootsOf(relayed, byId) : [source];
    }
    return a?.kind === 'outlet' || own ? [source] : rootsOf(source, byId);
  });
  const origins = [...new Map(roots.map((s) => [s.id, s])).values()];
  const attribution = summariseAttribution(fact, byId);
  const originOutlets = new Set(origins.map((s) => s.outlet));
  attribution.relayed = attribution.relayed.filter((o) => !originOutlets.has(o));
  const anonymous = fact.evidence.length > 0 && fact.evidence.every((e) => e.attribution?.kind === 'unnamed');
  const parts = [baseLine(outlets, origins), ...attributionParts(attribution, outlets)];
  return { outlets, origins, anonymous, attribution, summary: parts.join('; ') };
}

/** "Reported by X only", "…, relaying Y", "4 outlets, one original report (Y)", "4 outlets, two original reports". */
function baseLine(outlets: string[], origins: Source[]): string {
  const words = (n: number) => NUMBER_WORDS[n] ?? String(n);
  if (outlets.length <= 1) {
    const elsewhere = [...new Set(origins.map((s) => s.outlet).filter((o) => o !== outlets[0]))];
    const only = `Reported by ${outlets[0] ?? 'one outlet'} only`;
    return elsewhere.length ? `${only}, relaying ${elsewhere.join(' and ')}` : only;
  }
  if (origins.length === 1) return `${outlets.length} outlets, one original report (${origins[0]!.outlet})`;
  return `${outlets.length} outlets, ${words(origins.length)} original reports`;
}

/**
 * The attribution phrases of the provenance line, on-record first; a single outlet's own reporting
 * is "its own reporting".
 */
export function attributionParts(a: AttributionSummary, outlets: readonly string[] = []): string[] {
  const parts: string[] = [];
  if (a.onRecord.length)
    parts.push(
      `on the record: ${a.onRecord.map((p) => (p.setting ? `${p.who} (${p.setting})` : p.who)).join(', ')}`,
    );
  if (a.unnamed.length) parts.push(`unnamed: ${a.unnamed.join('; ')}`);
  if (a.relayed.length) parts.push(`as reported by ${a.relayed.join(' and ')}`);
  if (isItsOwn(a, outlets)) parts.push('its own reporting');
  else if (a.ownReporting.length) parts.push(`own reporting of ${a.ownReporting.join(' and ')}`);
  return parts;
}

/** True when the one outlet cited reports the fact as its own. */
export function isItsOwn(a: AttributionSummary, outlets: readonly string[]): boolean {
  return outlets.length === 1 && a.ownReporting.length === 1 && a.ownReporting[0] === outlets[0];
}

/** Gathers the attributions of a fact's evidence (see `AttributionSummary`). */
export function summariseAttribution(fact: Fact, byId: ReadonlyMap<string, Source>): AttributionSummary {
  const summary: AttributionSummary = {
    onRecord: [],
    unnamed: [],
    ownReporting: [],
    relayed: [],
    unknown: false,
  };
  const add = (list: string[], item: string | undefined) => {
    if (item && !list.includes(item)) list.push(item);
  };
  for (const e of fact.evidence) {
    const a: Attribution | undefined = e.attribution;
    if (!a) summary.unknown = true;
    else if (a.kind === 'on-record') {
      if (!summary.onRecord.some((p) => p.who === a.who))
        summary.onRecord.push(a.setting ? { who: a.who, setting: a.setting } : { who: a.who });
    } else if (a.kind === 'unnamed') add(summary.unnamed, a.described);
    else if (a.kind === 'outlet') add(summary.ownReporting, byId.get(e.source)?.outlet);
    else add(summary.relayed, byId.get(a.of)?.outlet);
  }
  return summary;
}

/** The original reports a source rests on: itself when it relays nothing. */
function rootsOf(source: Source, byId: Map<string, Source>, seen = new Set<string>()): Source[] {
  if (seen.has(source.id)) return [];
  seen.add(source.id);
  const relayed = source.relays.map((id) => byId.get(id)).filter((s) => !!s);
  if (!relayed.length) return [source];
  return relayed.flatMap((s) => rootsOf(s, byId, seen));
}
