import type { Fact } from '../core/dataset/fact';
import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import type { CardData } from '../core/facts/card-data';

/** The fact card for one entity: header, dated facts with their sources, cross-source notes. */
export function Card({ data }: { data: CardData }) {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const { entity } = data;
  const role = entity.roles[0]?.title;
  return (
    <article class="card-body" aria-label={`Gloss: ${entity.name}`}>
      <header>
        <h2>{entity.name}</h2>
        <p class="meta">
          {role ? `${role} · ` : ''}
          {entity.kind}
        </p>
      </header>
      <h3>Facts</h3>
      <ol>
        {data.facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} sources={sources} />
        ))}
      </ol>
      {data.notes.length > 0 && <h3>Across outlets</h3>}
      {data.notes.map((note) => (
        <p class="note" key={note.id} data-note-kind={note.kind}>
          {note.text}
        </p>
      ))}
      <footer>Dataset {data.datasetVersion}</footer>
    </article>
  );
}

function FactItem({ fact, sources }: { fact: Fact; sources: Map<string, Source> }) {
  const cited = [...new Set(fact.evidence.map((e) => e.source))]
    .map((id) => sources.get(id))
    .filter((s) => !!s);
  return (
    <li class="fact" data-fact-id={fact.id}>
      <time dateTime={fact.date.value}>{formatPartialDate(fact.date)}</time>
      <div>{fact.statement}</div>
      <div class="sources">
        {cited.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? ' · ' : ''}
            <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
              {s.outlet}
            </a>
            , {formatPartialDate(s.published)}
          </span>
        ))}
      </div>
    </li>
  );
}

/** The address when it is http or https; otherwise nothing clickable. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
