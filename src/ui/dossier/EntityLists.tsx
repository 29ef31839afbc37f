import type { Role } from '../../core/dataset/entity';
import type { Source } from '../../core/dataset/source';
import { formatPartialDate } from '../../core/dates/format-partial-date';
import { isThisSite, safeHref } from '../SourceLinks';
import { type MessageKey, t } from '../t';

type AddressKind = 'article' | 'search' | 'reference';

const ADDRESS_KINDS: Record<AddressKind, MessageKey> = {
  article: 'addressArticle',
  search: 'addressSearch',
  reference: 'addressReference',
};

/** What kind of address a source's `url` is: its `urlKind`, else a search page by its look, else an article. */
export function addressKind(source: Source): AddressKind {
  const kind = (source as Source & { urlKind?: AddressKind }).urlKind;
  if (kind) return kind;
  return /\/search\?/.test(source.url) ? 'search' : 'article';
}

/** Every source of the dossier: outlet, title, date, the address and what kind of address it is. */
export function SourcesList({ sources, pageHost }: { sources: Source[]; pageHost: string }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <section class="sources-list" aria-labelledby="dossier-sources">
      <h3 id="dossier-sources">{t('dossierSources')}</h3>
      <ul>
        {sources.map((s) => {
          const through = (s as Source & { knownThrough?: string }).knownThrough;
          return (
            <li key={s.id} data-source-id={s.id} class={isThisSite(s, pageHost) ? 'this-site' : undefined}>
              <p>
                <strong>
                  <bdi>{s.outlet}</bdi>
                </strong>
                , “<bdi>{s.title}</bdi>”, {formatPartialDate(s.published)}
                {isThisSite(s, pageHost) && <span class="badge">{t('cardThisSite')}</span>}
              </p>
              <p class="address">
                <span class="address-kind">{t(ADDRESS_KINDS[addressKind(s)])}</span>:{' '}
                <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
                  {s.url}
                </a>
              </p>
              {through && (
                <p class="through">{t('dossierKnownThrough', byId.get(through)?.outlet ?? through)}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The entity's roles over time, each with its dates (where known) and the sources that give it. */
export function RolesList({ roles, sources }: { roles: Role[]; sources: Map<string, Source> }) {
  if (!roles.length) return null;
  return (
    <section class="roles" aria-labelledby="dossier-roles">
      <h3 id="dossier-roles">{t('dossierRoles')}</h3>
      <ul>
        {roles.map((r) => (
          <li key={r.title}>
            <strong>{r.title}</strong>
            {(r.from || r.until) && (
              <span class="when">
                {' '}
                ({r.from ? formatPartialDate(r.from) : '…'} –{' '}
                {r.until ? formatPartialDate(r.until) : t('dossierNow')})
              </span>
            )}
            {r.sources.length > 0 && (
              <span class="by">
                {' · '}
                {r.sources.map((id) => sources.get(id)?.outlet ?? id).join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
