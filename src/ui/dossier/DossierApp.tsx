import { siteOf } from '../../settings/settings';
import { askPage } from '../popup-data';
import { t } from '../t';
import { EntityDossier } from './EntityDossier';
import { useFollowedTab } from './follow-tab';

/**
 * The dossier, in the side panel or as a page: the entities on the followed tab's page with their
 * counts (a click chooses one and scrolls the page to its next mention), and the chosen entity's
 * full timeline, notes, sources and roles.
 */
export function DossierApp({ location }: { location: Location }) {
  const { tabId, report, entities, choice, choose } = useFollowedTab(location);
  const pageHost = report ? siteOf(new URL(report.url).hostname) : '';
  return (
    <div class="dossier">
      <header class="dossier-head">
        <h1>{t('dossierTitle')}</h1>
      </header>
      <nav aria-labelledby="dossier-on-page" class="on-page">
        <h2 id="dossier-on-page">{t('popupOnThisPage')}</h2>
        {report === undefined && tabId !== null && <p aria-busy="true">{t('loading')}</p>}
        {(report === null || tabId === null) && <p class="note">{t('popupNotRunning')}</p>}
        {report && entities.length === 0 && <p class="note">{t('popupNoMentions')}</p>}
        <ul class="page-entities">
          {entities.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                data-entity={e.id}
                aria-current={choice?.entityId === e.id ? 'true' : undefined}
                title={t('dossierGoTo', e.name, String(e.count))}
                onClick={() => {
                  choose(e.id);
                  if (tabId !== null) void askPage(tabId, { type: 'page/goto', entityId: e.id });
                }}
              >
                <span>{e.name}</span>
                <span class="count">{e.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {choice ? (
          <EntityDossier
            key={choice.entityId}
            entityId={choice.entityId}
            articleDate={choice.articleDate}
            pageHost={pageHost}
          />
        ) : (
          <p class="note">{t('dossierChoose')}</p>
        )}
      </main>
    </div>
  );
}
