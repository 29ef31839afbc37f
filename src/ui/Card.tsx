import type { Entity } from '../core/dataset/entity';
import type { Fact } from '../core/dataset/fact';
import { formatPartialDate } from '../core/dates/format-partial-date';
import type { CardData } from '../core/facts/card-data';
import { roleOn, selectFacts } from '../core/facts/select-facts';
import { ArticleDateLine } from './ArticleDateLine';
import type { CardContext } from './card-context';
import { FactItem } from './FactItem';
import { NOTE_ORDER, NoteItem } from './NoteItem';
import { type MessageKey, t } from './t';

const KIND_NAMES: Record<Entity['kind'], MessageKey> = {
  person: 'kindOnePerson',
  topic: 'kindOneTopic',
  organisation: 'kindOneOrganisation',
};

/**
 * The fact card for one entity: its name, kind and role on the article's date; the facts known
 * when the article appeared, then those reported since; and the cross-source notes, outlets side
 * by side, differences first.
 */
export function Card({ data, context }: { data: CardData; context: CardContext }) {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const { entity } = data;
  const { known, since, articleDate } = selectFacts(data.facts, data.sources, context.articleDate);
  const role = roleOn(entity, articleDate);
  const notes = [...data.notes].sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
  const facts = (list: Fact[]) => (
    <ol>
      {list.map((fact) => (
        <FactItem
          key={fact.id}
          fact={fact}
          sources={sources}
          notes={data.notes}
          datasetVersion={data.datasetVersion}
          context={context}
        />
      ))}
    </ol>
  );
  const dateLabel = articleDate ? formatPartialDate({ value: articleDate, basis: 'printed' }) : null;
  return (
    <article class="card-body" aria-labelledby="gloss-card-title">
      <header>
        <h2 id="gloss-card-title">{entity.name}</h2>
        <p class="meta">{[role, t(KIND_NAMES[entity.kind])].filter(Boolean).join(' · ')}</p>
      </header>
      <section class="as-of" aria-labelledby="gloss-as-of">
        <h3 id="gloss-as-of">{dateLabel ? t('cardAsOf', dateLabel) : t('cardAllFacts')}</h3>
        {known.length ? facts(known) : <p class="empty">{t('cardNothingYet')}</p>}
      </section>
      {since.length > 0 && (
        <section class="since" aria-labelledby="gloss-since">
          <h3 id="gloss-since">{t('cardSince')}</h3>
          {facts(since)}
        </section>
      )}
      {notes.length > 0 && (
        <section class="notes" aria-labelledby="gloss-notes">
          <h3 id="gloss-notes">{t('cardAcrossOutlets')}</h3>
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} sources={sources} pageHost={context.pageHost} />
          ))}
        </section>
      )}
      {context.articleDateInfo !== undefined && (
        <ArticleDateLine info={context.articleDateInfo} onSet={context.setArticleDate} />
      )}
      <footer>{t('cardFooter', data.datasetVersion)}</footer>
    </article>
  );
}
