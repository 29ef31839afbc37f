import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import type { CompactFact, PackInfo } from '../core/facts/card-data';
import { clip } from '../core/facts/card-summary';
import { describeProvenance } from '../core/facts/describe-provenance';
import { provenanceText } from './provenance-text';
import { t } from './t';

interface Props {
  item: CompactFact;
  sources: Map<string, Source>;
  notes: Note[];
  packs: Record<string, PackInfo>;
  /** The entity's own pack: a fact from any other pack says which pack it is from. */
  entityPack: string;
  /** The provenance line of the fact shown just before, to say "same provenance" instead of repeating it. */
  previous?: string;
}

/**
 * One fact of the compact card: the statement (shortened; the dossier has it whole), then its date
 * in plain words, "reported later" when our first report came after the article, one provenance
 * line, and the pack it came from when that is not the entity's own.
 */
export function FactItem({ item, sources, notes, packs, entityPack, previous }: Props) {
  const { fact } = item;
  const provenance = describeProvenance(fact, [...sources.values()], notes);
  const from = packs[fact.pack];
  const pack = from && (!from.bundled || fact.pack !== entityPack) ? from : undefined;
  return (
    <li class="fact" data-fact-id={fact.id}>
      <p class="statement" title={fact.statement.length > 80 ? fact.statement : undefined}>
        {clip(fact.statement, 80)}
      </p>
      <p class="fact-meta">
        <time dateTime={fact.date.value}>{item.label}</time>
        {item.reportedLater && <span class="later"> · {t('cardReportedLater')}</span>}
        <span class="provenance">
          {' · '}
          {previous === provenanceText(provenance) ? t('cardSameProvenance') : provenanceText(provenance)}
        </span>
        {pack && <span class="pack"> · {t('cardFromPack', pack.label)}</span>}
      </p>
    </li>
  );
}

/** The provenance line of a fact, as the card and the copy action say it. */
export function provenanceLine(
  factId: string,
  facts: CompactFact[],
  sources: Source[],
  notes: Note[],
): string {
  const fact = facts.find((f) => f.fact.id === factId)?.fact;
  return fact ? provenanceText(describeProvenance(fact, sources, notes)) : '';
}
