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
 * precision, each source (outlet, title, date, address), and the dataset version it came from.
 */
export function formatCitation(fact: Fact, sources: readonly Source[], datasetVersion: string): Citation {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...new Set(fact.evidence.map((e) => e.source))].map((id) => byId.get(id)).filter((s) => !!s);
  const date = formatPartialDate(fact.date);
  const text = [
    `${fact.statement} (${date})`,
    ...cited.map((s) => `- ${s.outlet}, "${s.title}", ${formatPartialDate(s.published)}. ${s.url}`),
    `Source: Gloss dataset ${datasetVersion}`,
  ].join('\n');
  const markdown = [
    `${escapeMarkdown(fact.statement)} (${date})`,
    '',
    ...cited.map(
      (s) =>
        `- ${escapeMarkdown(s.outlet)}, [${escapeMarkdown(s.title)}](${s.url.replace(/[()]/g, encodeURIComponent)}), ${formatPartialDate(s.published)}`,
    ),
    '',
    `*Source: Gloss dataset ${datasetVersion}*`,
  ].join('\n');
  return { text, markdown };
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
