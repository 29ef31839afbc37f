import { useState } from 'preact/hooks';
import type { Fact } from '../core/dataset/fact';
import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import { describeProvenance } from '../core/facts/describe-provenance';
import { formatCitation } from '../core/facts/format-citation';
import type { CardContext } from './card-context';
import { SourceLinks } from './SourceLinks';

interface Props {
  fact: Fact;
  sources: Map<string, Source>;
  notes: Note[];
  datasetVersion: string;
  context: CardContext;
}

/** One fact: its date with honest precision, the statement, where it comes from, and copy buttons. */
export function FactItem({ fact, sources, notes, datasetVersion, context }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const cited = [...new Set(fact.evidence.map((e) => e.source))]
    .map((id) => sources.get(id))
    .filter((s) => !!s);
  const provenance = describeProvenance(fact, [...sources.values()], notes);
  const copy = async (kind: 'text' | 'markdown') => {
    const citation = formatCitation(fact, [...sources.values()], datasetVersion);
    const ok = await context.copy(kind === 'text' ? citation.text : citation.markdown);
    setCopied(ok ? (kind === 'text' ? 'Citation copied' : 'Markdown copied') : 'Copying was blocked');
  };
  return (
    <li class="fact" data-fact-id={fact.id}>
      <time dateTime={fact.date.value}>{formatPartialDate(fact.date)}</time>
      <p class="statement">{fact.statement}</p>
      <p class="provenance">{provenance.summary}</p>
      <SourceLinks sources={cited} pageHost={context.pageHost} />
      <div class="actions">
        <button type="button" onClick={() => void copy('text')}>
          Copy citation
        </button>
        <button type="button" onClick={() => void copy('markdown')}>
          Copy as Markdown
        </button>
        <span class="copied" role="status">
          {copied ?? ''}
        </span>
      </div>
    </li>
  );
}
