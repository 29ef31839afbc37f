import type { ComponentChildren } from 'preact';
import { formatPartialDate } from '../core/dates/format-partial-date';
import type { CompactCardData } from '../core/facts/card-data';
import { quoteSide } from '../core/facts/card-summary';
import { ArticleDateLine } from './ArticleDateLine';
import { CardHead } from './CardHead';
import { CopyMenu } from './CopyMenu';
import type { CardContext } from './card-context';
import { FactItem } from './FactItem';
import { t } from './t';

/**
 * The compact card for one entity, readable in a few seconds: name, role on the article's date
 * and a short description; at most three facts that matter for the article, each with its date in
 * plain words and one provenance line; one line on what happened since; the differences between
 * outlets as a chip and the top one side by side; one copy action and "More" for the dossier.
 */
export function Card({
  data,
  context,
  tools,
}: {
  data: CompactCardData;
  context: CardContext;
  /** The card's controls (Mute, Close), shown in the head. */
  tools?: ComponentChildren;
}) {
  const { entity, articleDate } = data;
  const dateLabel = articleDate ? formatPartialDate({ value: articleDate, basis: 'printed' }) : null;
  const latest = data.since.latest;
  return (
    <article class="card-body" aria-labelledby="gloss-card-title">
      <CardHead name={entity.name} role={data.role} description={data.description} tools={tools} />
      <section class="as-of" aria-labelledby="gloss-as-of">
        <h3 id="gloss-as-of">{dateLabel ? t('cardAsOfShort', dateLabel) : t('cardLatest')}</h3>
        {data.facts.length > 0 ? (
          <ol class="facts">
            {data.facts.map((f, i) => (
              <FactItem
                key={f.fact.id}
                item={f}
                previous={i > 0 ? data.facts[i - 1]!.provenance : undefined}
              />
            ))}
          </ol>
        ) : (
          <p class="coverage">
            {data.coverage
              ? data.coverage.topic
                ? t('cardCoverage', entity.name, data.coverage.span, data.coverage.topic)
                : t('cardCoverageNoTopic', entity.name, data.coverage.span)
              : t('cardNothingYet')}
          </p>
        )}
      </section>
      {articleDate && (
        <p class="since-line">
          {latest
            ? t('cardSinceLine', String(data.since.count), latest.when, latest.title)
            : t('cardSinceNone')}
        </p>
      )}
      {data.differences.count > 0 && (
        <section class="differences" aria-labelledby="gloss-differences">
          <h3 id="gloss-differences" class="chip">
            {data.differences.count === 1
              ? t('cardOneDifference')
              : t('cardDifferences', String(data.differences.count))}
          </h3>
          {data.differences.top && (
            <dl class="sides">
              {data.differences.top.sides.map((s) => (
                <div key={s.outlet}>
                  <dt>
                    <bdi>{s.outlet}</bdi>
                  </dt>
                  <dd>{quoteSide(s.says)}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      )}
      {context.articleDateInfo !== undefined && (
        <ArticleDateLine info={context.articleDateInfo} onSet={context.setArticleDate} />
      )}
      <footer class="card-foot">
        <CopyMenu data={data} context={context} />
        {context.openDossier && (
          <button
            type="button"
            class="more"
            data-action="more"
            aria-label={t('cardMoreLabel', entity.name)}
            onClick={() => context.openDossier?.(entity.id)}
          >
            {t('cardMore')} →
          </button>
        )}
      </footer>
    </article>
  );
}
