import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatPartialDate } from '../../core/dates/format-partial-date';
import type { CardData } from '../../core/facts/card-data';
import { timeFacts } from '../../core/facts/choose-card-facts';
import { happenedBy } from '../../core/facts/fact-timing';
import { type FactFilter, filterFacts } from '../../core/facts/filter-facts';
import { roleLabel, roleOnDay } from '../../core/facts/select-facts';
import { NOTE_ORDER, NoteItem } from '../NoteItem';
import { t } from '../t';
import { DossierFilters } from './DossierFilters';
import { RolesList, SourcesList } from './EntityLists';
import { readDossierPages } from './read-dossier-pages';
import { TimelineFact } from './TimelineFact';

/** How many facts a timeline section shows before "Show more". */
const PAGE = 50;

/**
 * One entity's dossier: name, role on the article's date and description; the filters; the full
 * timeline split into what had happened by the article's date and what happened since (each fact
 * with its date, provenance, sources and citations); the cross-source notes; the sources with
 * their addresses; and the roles over time.
 */
export function EntityDossier(props: { entityId: string; articleDate: string | null; pageHost: string }) {
  const { entityId, articleDate, pageHost } = props;
  const [data, setData] = useState<CardData | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<FactFilter>({});
  const [shown, setShown] = useState(PAGE);
  const [loaded, setLoaded] = useState(true);
  useEffect(() => {
    // Page by page: the first page shows at once, each further one is read and merged in turn.
    let stopped = false;
    setLoaded(false);
    void readDossierPages(entityId, (page, done) => {
      if (stopped) return false;
      setData(page);
      setLoaded(done);
      return true;
    }).catch((e: unknown) => setError(String(e)));
    return () => {
      stopped = true;
    };
  }, [entityId]);
  const timed = useMemo(
    () => (data ? timeFacts(data.facts, data.sources, data.notes, articleDate) : []),
    [data, articleDate],
  );
  const sourcesById = useMemo(() => new Map((data?.sources ?? []).map((s) => [s.id, s])), [data]);
  if (error) return <p role="alert">{t('dataError', error)}</p>;
  if (data === undefined) return <p aria-busy="true">{t('loading')}</p>;
  if (data === null) return <p class="note">{t('dossierUnknown')}</p>;
  const { entity } = data;
  const matching = filterFacts(timed, filter, sourcesById).sort(
    (a, b) => a.timing.from.localeCompare(b.timing.from) || a.timing.to.localeCompare(b.timing.to),
  );
  const asOf = articleDate ? matching.filter((f) => happenedBy(f.timing, articleDate)) : matching;
  const since = articleDate ? matching.filter((f) => !happenedBy(f.timing, articleDate)) : [];
  const outlets = [...new Set(data.sources.map((s) => s.outlet))].sort();
  const notes = [...data.notes].sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
  const role = roleLabel(roleOnDay(entity, articleDate, data.sources));
  const dateLabel = articleDate ? formatPartialDate({ value: articleDate, basis: 'printed' }) : null;
  // An empty section while the filters keep every fact is empty by the article's date.
  const filtered = matching.length < timed.length;
  const section = (id: string, title: string, list: typeof matching, empty: string) => (
    <section class="timeline" aria-labelledby={id} data-section={id}>
      <h3 id={id}>
        {title} <span class="count">({list.length})</span>
      </h3>
      {list.length ? (
        <ol>
          {list.slice(0, shown).map((f) => (
            <TimelineFact key={f.fact.id} item={f} data={data} pageHost={pageHost} />
          ))}
        </ol>
      ) : (
        <p class="note">{filtered ? t('dossierNoneMatch') : empty}</p>
      )}
    </section>
  );
  return (
    <article class="entity" aria-labelledby="dossier-entity" data-entity-id={entity.id}>
      <header>
        <h2 id="dossier-entity">{entity.name}</h2>
        {role && <p class="role">{role}</p>}
        <p class="description">{entity.description}</p>
        <p class="pack">{t('cardFromPack', data.packs[entity.pack]?.label ?? entity.pack)}</p>
      </header>
      <DossierFilters
        filter={filter}
        outlets={outlets}
        onChange={(next) => {
          setFilter(next);
          setShown(PAGE);
        }}
      />
      <p class="match-count" role="status" aria-busy={!loaded}>
        {t('dossierMatching', String(matching.length), String(timed.length))}
        {!loaded && ` · ${t('loading')}`}
      </p>
      {section(
        'dossier-as-of',
        dateLabel ? t('cardAsOfShort', dateLabel) : t('dossierAllFacts'),
        asOf,
        t('dossierNoneByDate'),
      )}
      {articleDate && section('dossier-since', t('cardSince'), since, t('dossierNoneSinceDate'))}
      {Math.max(asOf.length, since.length) > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          {t('dossierShowMore')}
        </button>
      )}
      {notes.length > 0 && (
        <section class="notes" aria-labelledby="dossier-notes">
          <h3 id="dossier-notes">{t('cardAcrossOutlets')}</h3>
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} sources={sourcesById} pageHost={pageHost} />
          ))}
        </section>
      )}
      <SourcesList sources={data.sources} pageHost={pageHost} />
      <RolesList roles={entity.roles} sources={sourcesById} />
    </article>
  );
}
