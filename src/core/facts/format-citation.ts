import type { Attribution } from '../dataset/attribution';
import type { Fact } from '../dataset/fact';
import type { Source } from '../dataset/source';
import { formatPartialDate } from '../dates/format-partial-date';

/** A fact's citation in plain text and in Markdown. */
export interface Citation {
  text: string;
  markdown: string;
}

/**
 * Formats a fact for pasting into notes or an article: the statement, its date with honest
 * precision, and each source: outlet, title, author and contributors, date, who the quoted text
 * attributes it to ("citing people familiar with the matter, not named"; "on the record: Matthew
 * Whitaker, told reporters in Brussels"), and its address, said to be a search for the headline
 * when it is one (a search for the report when even the headline is known only second-hand). A report the evidence credits but that is not archived gets a line of its own
 * saying which report it is known through. Ends with the dataset version it came from.
 */
export function formatCitation(fact: Fact, sources: readonly Source[], datasetVersion: string): Citation {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = citedSources(fact, byId);
  const date = formatPartialDate(fact.date);
  const line = (s: Source, md: boolean) => {
    const esc = md ? escapeMarkdown : (x: string) => x;
    const title = md ? `[${esc(s.title)}](${s.url.replace(/[()]/g, encodeURIComponent)})` : `"${s.title}"`;
    const head = [esc(s.outlet), title, ...credits(s).map(esc), formatPartialDate(s.published)].join(', ');
    const notes = [attributionOf(fact, s, byId), knownThroughOf(s, byId)].filter((n) => n !== '').map(esc);
    const address =
      s.urlKind !== 'search'
        ? ''
        : s.knownThrough
          ? 'Address: a search for the report, not the article'
          : 'Address: a search for the headline, not the article';
    const tail = md ? [address] : [address ? `${address}: ${s.url}` : s.url];
    return `- ${[head, ...notes, ...tail].filter((p) => p !== '').join('. ')}`;
  };
  const text = [
    `${fact.statement} (${date})`,
    ...cited.map((s) => line(s, false)),
    `Source: Gloss dataset ${datasetVersion}`,
  ].join('\n');
  const markdown = [
    `${escapeMarkdown(fact.statement)} (${date})`,
    '',
    ...cited.map((s) => line(s, true)),
    '',
    `*Source: Gloss dataset ${datasetVersion}*`,
  ].join('\n');
  return { text, markdown };
}

/** The fact's sources in evidence order, then the reports its evidence relays, each once. */
function citedSources(fact: Fact, byId: ReadonlyMap<string, Source>): Source[] {
  const ids = [
    ...fact.evidence.map((e) => e.source),
    ...fact.evidence.flatMap((e) => (e.attribution?.kind === 'relay' ? [e.attribution.of] : [])),
  ];
  return [...new Set(ids)].map((id) => byId.get(id)).filter((s) => !!s);
}

function credits(s: Source): string[] {
  const out = s.author ? [`by ${s.author}`] : [];
  if (s.contributors?.length) out.push(`with ${s.contributors.join(', ')}`);
  return out;
}

/** What the evidence quoted from `s` is attributed to, each phrase once. */
function attributionOf(fact: Fact, s: Source, byId: ReadonlyMap<string, Source>): string {
  const phrases = fact.evidence
    .filter((e) => e.source === s.id && e.attribution)
    .map((e) => phrase(e.attribution!, byId));
  return [...new Set(phrases)].join('; ');
}

function phrase(a: Attribution, byId: ReadonlyMap<string, Source>): string {
  if (a.kind === 'on-record') return `On the record: ${a.who}${a.setting ? `, ${a.setting}` : ''}`;
  if (a.kind === 'unnamed') return `Citing ${a.described}, not named`;
  if (a.kind === 'outlet') return 'The outlet’s own reporting';
  return `Relaying ${byId.get(a.of)?.outlet ?? 'another report'}`;
}

function knownThroughOf(s: Source, byId: ReadonlyMap<string, Source>): string {
  if (!s.knownThrough) return '';
  return `Not archived; known only through ${byId.get(s.knownThrough)?.outlet ?? 'a relaying report'}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
