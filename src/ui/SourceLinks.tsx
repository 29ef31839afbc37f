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
          {/* A pack's outlet may be written right to left: isolated, the date after it stays in place. */}
          <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
            <bdi>{s.outlet}</bdi>
          </a>
          , {formatPartialDate(s.published)}
          {s.urlKind === 'search' && <span class="address-kind"> ({t('cardSearchAddress')})</span>}
          {isThisSite(s, pageHost) && <span class="badge">{t('cardThisSite')}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * True when the source was published on the site the reader is on: the same host, or the page on
 * a subdomain of the source's site. A source's host must be a site's, not a suffix many share
 * ("com", "co.uk"): a pack could otherwise claim every page of a country for its source.
 */
export function isThisSite(source: Source, pageHost: string): boolean {
  const host = hostOf(source.url);
  if (host === '') return false;
  return host === pageHost || (isSiteHost(host) && pageHost.endsWith(`.${host}`));
}

/** Second-level labels under which countries register sites ("co.uk", "com.au", "gov.br"). */
const SHARED_SECOND = /^(?:co|com|org|net|gov|ac|edu|ne|or|go|gob|nic|mil|nom|ltd|plc|sch)$/;

function isSiteHost(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return false;
  return !(labels.length === 2 && SHARED_SECOND.test(labels[0]!) && labels[1]!.length === 2);
}

/** The address when it is http or https; otherwise nothing clickable. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
