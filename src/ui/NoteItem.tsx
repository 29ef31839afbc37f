import type { Note } from '../core/dataset/note';
import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import { isThisSite } from './SourceLinks';
import { type MessageKey, t } from './t';

const KIND_LABELS: Record<Note['kind'], MessageKey> = {
  discrepancy: 'noteDiscrepancy',
  wording: 'noteWording',
  'single-origin': 'noteSingleOrigin',
  agreement: 'noteAgreement',
  'single-outlet': 'noteSingleOutlet',
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
    <article class={`note note-${note.kind}`} data-note-id={note.id} aria-label={t(KIND_LABELS[note.kind])}>
      <p class="note-kind">{t(KIND_LABELS[note.kind])}</p>
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
                    <bdi>{source?.outlet ?? v.source}</bdi>
                    {source && <span class="when">{formatPartialDate(source.published)}</span>}
                    {own && <span class="badge">{t('cardThisSite')}</span>}
                  </th>
                  <td>{v.says}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}
