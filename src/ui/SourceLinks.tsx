import type { Source } from '../core/dataset/source';
import { formatPartialDate } from '../core/dates/format-partial-date';
import { hostOf } from './card-context';
import { t } from './t';

/**
 * The sources of a fact: outlet (a link), publication date, a note when the address is a search for
 * the headline rather than the article, and a mark on the page's own outlet.
 */
export function SourceLinks({ sources, pageHost }: { sources: Source[]; pageHost: string }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.id} class={isThisSite(s, pageHost) ? 'this-site' : undefined}>
          <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
            {s.outlet}
          </a>
          , {formatPartialDate(s.published)}
          {s.urlKind === 'search' && <span class="address-kind"> ({t('cardSearchAddress')})</span>}
          {isThisSite(s, pageHost) && <span class="badge">{t('cardThisSite')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** True when the source was published on the site the reader is on. */
export function isThisSite(source: Source, pageHost: string): boolean {
  const host = hostOf(source.url);
  return host !== '' && (host === pageHost || pageHost.endsWith(`.${host}`));
}

/** The address when it is http or https; otherwise nothing clickable. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
