import { useEffect, useState } from 'preact/hooks';
import type { Fact } from '../core/dataset/fact';
import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import { describeProvenance, isItsOwn, type Provenance } from '../core/facts/describe-provenance';
import { formatCitation } from '../core/facts/format-citation';
import type { CardContext } from './card-context';
import { SourceLinks } from './SourceLinks';
import { t } from './t';

/** How long "Citation copied" stays, in milliseconds. */
const COPIED_FOR_MS = 3000;

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
  // The feedback is a moment's confirmation, not a lasting state.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const cited = [...new Set(fact.evidence.map((e) => e.source))]
    .map((id) => sources.get(id))
    .filter((s) => !!s);
  const provenance = describeProvenance(fact, [...sources.values()], notes);
  const copy = async (kind: 'text' | 'markdown') => {
    const citation = formatCitation(fact, [...sources.values()], datasetVersion);
    const ok = await context.copy(kind === 'text' ? citation.text : citation.markdown);
    setCopied(t(ok ? (kind === 'text' ? 'cardCitationCopied' : 'cardMarkdownCopied') : 'cardCopyBlocked'));
  };
  return (
    <li class="fact" data-fact-id={fact.id}>
      <time dateTime={fact.date.value}>{formatPartialDate(fact.date)}</time>
      <p class="statement">{fact.statement}</p>
      <p class="provenance">{provenanceText(provenance)}</p>
      <SourceLinks sources={cited} pageHost={context.pageHost} />
      <div class="actions">
        <button type="button" onClick={() => void copy('text')}>
          {t('cardCopyCitation')}
        </button>
        <button type="button" onClick={() => void copy('markdown')}>
          {t('cardCopyMarkdown')}
        </button>
        <span class="copied" role="status">
          {copied ?? ''}
        </span>
      </div>
    </li>
  );
}

/**
 * The provenance line in the reader's language: how many outlets, how many original reports, then
 * who the evidence is attributed to (named speakers as on the record, never as unnamed).
 */
function provenanceText(p: Provenance): string {
  const elsewhere = [...new Set(p.origins.map((s) => s.outlet).filter((o) => o !== p.outlets[0]))];
  const only = t('provOnlyOne', p.outlets[0] ?? '—');
  const line =
    p.outlets.length <= 1
      ? elsewhere.length
        ? t('provRelaying', only, elsewhere.join(', '))
        : only
      : p.origins.length === 1
        ? t('provOneOrigin', String(p.outlets.length), p.origins[0]!.outlet)
        : t('provManyOrigins', String(p.outlets.length), String(p.origins.length));
  const a = p.attribution;
  const parts = [
    line,
    ...(a.onRecord.length
      ? [t('provOnRecord', a.onRecord.map((s) => (s.setting ? `${s.who} (${s.setting})` : s.who)).join(', '))]
      : []),
    ...(a.unnamed.length ? [t('provUnnamedPeople', a.unnamed.join('; '))] : []),
    ...(a.relayed.length ? [t('provAsReportedBy', a.relayed.join(', '))] : []),
    ...(isItsOwn(a, p.outlets)
      ? [t('provItsOwnReporting')]
      : a.ownReporting.length
        ? [t('provOwnReporting', a.ownReporting.join(', '))]
        : []),
  ];
  return parts.join('; ');
}
