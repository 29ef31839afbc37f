import { useEffect, useState } from 'preact/hooks';
import { formatPartialDate } from '../../core/dates/format-partial-date';
import type { SearchQuery, SearchResults } from '../../db/search-data';
import type { EntitySummary } from '../../messaging/protocol';
import { FilterFields } from '../FilterFields';
import { NoteItem } from '../NoteItem';
import { SourceLinks, safeHref } from '../SourceLinks';
import { t } from '../t';
import type { OptionsServices } from './options-services';

const LIMIT = 50;

/**
 * Searches entities, facts and sources as the reader types (by name or alias, words, date range
 * and outlet), and shows each fact with its date, evidence (outlets by name), sources, and each
 * cross-source note once, under the first fact it concerns. Shows no results until the reader
 * types or picks an entity from the list offered instead.
 */
export function DatasetBrowser({ services }: { services: OptionsServices }) {
  const [query, setQuery] = useState<SearchQuery>({ text: '' });
  const [results, setResults] = useState<SearchResults | null>(null);
  const [entities, setEntities] = useState<EntitySummary[]>([]);
  const empty = !query.text.trim() && !query.from && !query.to && !query.outlet;
  useEffect(() => {
    services.entities().then(setEntities, () => {});
  }, [services]);
  useEffect(() => {
    let current = true;
    if (empty) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      services.search({ ...query, limit: LIMIT }).then((r) => current && setResults(r));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, services, empty]);
  const set = (change: Partial<SearchQuery>) => setQuery((q) => ({ ...q, ...change }));
  const sources = new Map(
    [...(results?.factSources ?? []), ...(results?.sources ?? [])].map((s) => [s.id, s]),
  );
  const notesShown = new Set<string>();
  return (
    <div class="browser">
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label class="wide">
            {t('browserSearch')}
            <input
              type="search"
              name="text"
              value={query.text}
              onInput={(e) => set({ text: e.currentTarget.value })}
            />
          </label>
          <FilterFields values={query} onChange={set} />
        </form>
      </search>
      {empty && entities.length > 0 && (
        <div class="pick">
          <p class="help" id="pick-help">
            {t('browserPick')}
          </p>
          <ul class="pick-list" aria-describedby="pick-help">
            {entities.map((e) => (
              <li key={e.id}>
                <button type="button" data-pick={e.id} onClick={() => set({ text: e.name })}>
                  {e.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {results && (
        <div class="results" aria-live="polite">
          {results.entities.length > 0 && (
            <section>
              <h3>{t('browserEntities')}</h3>
              <ul class="entity-results">
                {results.entities.map((e) => (
                  <li key={e.id} data-entity={e.id}>
                    <strong>{e.name}</strong> <span class="kind">{e.kind}</span>
                    <p>{e.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>
              {t('browserFacts')}{' '}
              <span class="count" data-testid="fact-count">
                {t('browserFactCount', `${results.factCount}${results.moreFacts ? '+' : ''}`)}
                {results.factCount > LIMIT ? `, ${t('browserShowing', String(LIMIT))}` : ''}
              </span>
            </h3>
            {results.factCount === 0 && <p class="help">{t('browserNothing')}</p>}
            <ol class="fact-results">
              {results.facts.map((fact) => (
                <li key={fact.id} data-fact-id={fact.id}>
                  <time dateTime={fact.date.value}>{formatPartialDate(fact.date)}</time>
                  <p>{fact.statement}</p>
                  <details>
                    <summary>{t('browserEvidence')}</summary>
                    <ul>
                      {fact.evidence.map((ev) => (
                        <li key={`${ev.source}:${ev.quote}`}>
                          <q>
                            <bdi>{ev.quote}</bdi>
                          </q>{' '}
                          — <bdi>{sources.get(ev.source)?.outlet ?? t('browserUnknownOutlet')}</bdi>
                        </li>
                      ))}
                    </ul>
                  </details>
                  <SourceLinks
                    sources={[...new Set(fact.evidence.map((e) => e.source))]
                      .map((id) => sources.get(id))
                      .filter((s) => !!s)}
                    pageHost=""
                  />
                  {results.notes
                    .filter((n) => {
                      // Each note once, under the first fact it concerns.
                      if (!n.facts.includes(fact.id) || notesShown.has(n.id)) return false;
                      notesShown.add(n.id);
                      return true;
                    })
                    .map((note) => (
                      <NoteItem key={note.id} note={note} sources={sources} pageHost="" />
                    ))}
                </li>
              ))}
            </ol>
          </section>
          {results.sources.length > 0 && (
            <section>
              <h3>{t('browserSources')}</h3>
              <ul class="source-results">
                {results.sources.map((s) => (
                  <li key={s.id}>
                    <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
                      <bdi>{s.title}</bdi>
                    </a>{' '}
                    — <bdi>{s.outlet}</bdi>, {formatPartialDate(s.published)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
