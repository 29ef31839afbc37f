import { useRef, useState } from 'preact/hooks';
import { formatPartialDate } from '../core/dates/format-partial-date';
import type { ArticleDateInfo } from './card-context';
import { type MessageKey, t } from './t';

/** Which words name a signal's kind for the reader. */
function sourceKey(source: string): MessageKey {
  if (source === 'reader') return 'articleDateSourceReader';
  if (source === 'url') return 'articleDateSourceAddress';
  if (/^(?:json-ld|meta)\b/.test(source)) return 'articleDateSourceMetadata';
  if (/text|title/.test(source)) return 'articleDateSourceText';
  return 'articleDateSourceMarkup';
}

const day = (date: string) => formatPartialDate({ value: date, basis: 'printed' });

/**
 * The card's line about the article's date. With a date, a disclosure says on request where it
 * came from ("Article date: 4 Jun 2025, from the page's metadata") and a later update the page
 * names. Without one (none found, or the page's dates years apart), says so and lets the reader
 * set the date for this page, or forget the one they set.
 */
export function ArticleDateLine({
  info,
  onSet,
}: {
  info: ArticleDateInfo | null | undefined;
  onSet?: (date: string | null) => Promise<void>;
}) {
  const [draft, setDraft] = useState('');
  // Not a disabled state: disabling the focused button would drop focus, and the card with it.
  const [busy, setBusy] = useState(false);
  // One wrapper in every state, holding focus while its content changes (a card whose focus
  // is dropped closes).
  const wrapper = useRef<HTMLDivElement>(null);
  if (!info)
    return (
      <div class="article-date" ref={wrapper}>
        <p class="empty">{t('articleDatePending')}</p>
      </div>
    );
  const { verdict, override } = info;
  const save = async (date: string | null) => {
    if (!onSet || busy) return;
    setBusy(true);
    wrapper.current?.focus({ preventScroll: true });
    try {
      await onSet(date);
    } finally {
      setBusy(false);
    }
  };
  if (verdict.kind === 'found' || override) {
    const date = verdict.kind === 'found' ? verdict.date : override!;
    const source = verdict.kind === 'found' ? verdict.source : 'reader';
    return (
      <div class="article-date" ref={wrapper} tabIndex={-1}>
        <details>
          <summary>{t('articleDateWhere')}</summary>
          <p>{t('articleDateFrom', day(date), t(sourceKey(source)))}</p>
          {verdict.kind === 'found' && verdict.updated && (
            <p>{t('articleDateUpdated', day(verdict.updated))}</p>
          )}
          {source === 'reader' && onSet && (
            <button type="button" aria-busy={busy} onClick={() => void save(null)}>
              {t('articleDateClear')}
            </button>
          )}
        </details>
      </div>
    );
  }
  return (
    <div class="article-date" ref={wrapper} tabIndex={-1}>
      <p class="empty">
        {verdict.kind === 'uncertain'
          ? t('articleDateUncertain', day(verdict.dates[0]!), day(verdict.dates[1]!))
          : t('articleDateNone')}
      </p>
      {onSet && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (/^\d{4}-\d{2}-\d{2}$/.test(draft)) void save(draft);
          }}
        >
          <label>
            {t('articleDateSetLabel')}{' '}
            <input
              type="date"
              value={draft}
              min="1990-01-01"
              onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
            />
          </label>{' '}
          <button type="submit" aria-busy={busy}>
            {t('articleDateSave')}
          </button>
        </form>
      )}
    </div>
  );
}
