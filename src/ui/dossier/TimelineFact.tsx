import type { CardData } from '../../core/facts/card-data';
import type { TimedFact } from '../../core/facts/choose-card-facts';
import { describeProvenance } from '../../core/facts/describe-provenance';
import { provenanceText } from '../provenance-text';
import { SourceLinks } from '../SourceLinks';
import { t } from '../t';
import { CiteMenu } from './CiteMenu';

/**
 * One fact of the dossier's timeline: its date in plain words ("reported later" when first
 * reported after the article), the whole statement, the provenance line, the notes about it, its
 * sources with "this site" marked, the pack it came from, and its citations.
 */
export function TimelineFact({
  item,
  data,
  pageHost,
}: {
  item: TimedFact;
  data: CardData;
  pageHost: string;
}) {
  const { fact } = item;
  const row = data.facts.find((f) => f.id === fact.id)!;
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const cited = [...new Set(fact.evidence.map((e) => e.source))].map((id) => byId.get(id)).filter((s) => !!s);
  const provenance = describeProvenance(fact, data.sources, data.notes);
  const pack = data.packs[row.pack];
  return (
    <li class="fact" data-fact-id={fact.id} data-kind={fact.kind}>
      <p class="fact-meta">
        <time dateTime={fact.date.value}>{item.label}</time>
        {item.reportedLater && <span class="later"> · {t('cardReportedLater')}</span>}
        <span class="kind"> · {fact.kind}</span>
      </p>
      <p class="statement">{fact.statement}</p>
      <p class="provenance">{provenanceText(provenance)}</p>
      <SourceLinks sources={cited} pageHost={pageHost} />
      <p class="pack">{t('cardFromPack', pack?.label ?? row.pack)}</p>
      <CiteMenu fact={row} sources={data.sources} pack={pack} />
    </li>
  );
}
