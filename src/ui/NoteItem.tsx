import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import { isThisSite } from './SourceLinks';

const KIND_LABELS: Record<Note['kind'], string> = {
  discrepancy: 'Outlets differ',
  wording: 'Different wording',
  'single-origin': 'One original report',
  agreement: 'Outlets agree',
  'single-outlet': 'One outlet only',
};

/** The order notes are shown in: differences first, then provenance, then agreement. */
export const NOTE_ORDER: Note['kind'][] = [
  'discrepancy',
  'wording',
  'single-origin',
  'agreement',
  'single-outlet',
];

/** A cross-source note: what kind, our explanation, and each outlet's version side by side. */
export function NoteItem({
  note,
  sources,
  pageHost,
}: {
  note: Note;
  sources: Map<string, Source>;
  pageHost: string;
}) {
  return (
    <section class={`note note-${note.kind}`} data-note-id={note.id} aria-label={KIND_LABELS[note.kind]}>
      <p class="note-kind">{KIND_LABELS[note.kind]}</p>
      <p>{note.text}</p>
      {note.variants.length > 0 && (
        <table class="variants">
          <tbody>
            {note.variants.map((v) => {
              const source = sources.get(v.source);
              const own = source ? isThisSite(source, pageHost) : false;
              return (
                <tr key={v.source} class={own ? 'this-site' : undefined}>
                  <th scope="row">
                    {source?.outlet ?? v.source}
                    {source && <span class="when">{formatPartialDate(source.published)}</span>}
                    {own && <span class="badge">this site</span>}
                  </th>
                  <td>{v.says}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
