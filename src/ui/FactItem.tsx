import { useState } from 'preact/hooks';
import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import type { CompactFact } from '../core/facts/card-data';
import { describeProvenance } from '../core/facts/describe-provenance';
import { provenanceText } from './provenance-text';
import { t } from './t';

interface Props {
  item: CompactFact;
  /** The provenance line of the fact shown just before, to say "same as above" instead of repeating it. */
  previous?: string;
}

/**
 * One fact of the compact card: its short title, then its date in plain words, "reported later
 * (4 Jun)" when our first report came after the article, one compressed provenance line, and the
 * pack it came from when that is not the entity's own. A title shorter than the statement is a
 * button that shows the whole statement in its place (and back): a tooltip alone would keep it
 * from keyboard and touch readers. The dossier has every statement whole too.
 */
export function FactItem({ item, previous }: Props) {
  const { fact } = item;
  const [whole, setWhole] = useState(false);
  const shortened = item.title !== fact.statement;
  return (
    <li class="fact" data-fact-id={fact.id}>
      <p class="statement">
        {shortened ? (
          <button
            type="button"
            class="statement-toggle"
            aria-expanded={whole}
            title={whole ? undefined : fact.statement}
            onClick={() => setWhole(!whole)}
          >
            {whole ? fact.statement : item.title}
          </button>
        ) : (
          item.title
        )}
      </p>
      <p class="fact-meta">
        <time dateTime={fact.date.value}>{item.when}</time>
        {item.reportedLater && (
          <span class="later">
            {' · '}
            {item.reportedOn ? t('cardReportedLaterOn', item.reportedOn) : t('cardReportedLater')}
          </span>
        )}
        <span class="provenance">
          {' · '}
          {previous === item.provenance ? t('cardSameProvenance') : item.provenance}
        </span>
        {item.pack && <span class="pack"> · {t('cardFromPack', item.pack)}</span>}
      </p>
    </li>
  );
}

/** The full provenance line of a fact, as the copy action says it (the card shows it compressed). */
export function provenanceLine(
  factId: string,
  facts: CompactFact[],
  sources: Source[],
  notes: Note[],
): string {
  const fact = facts.find((f) => f.fact.id === factId)?.fact;
  return fact ? provenanceText(describeProvenance(fact, sources, notes)) : '';
}
