import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DataStats } from '../core/facts/card-data';
import { askBackground } from '../messaging/background-client';
import { openDossierFor } from '../messaging/open-dossier';
import type { PageReport } from '../messaging/page-protocol';
import { DEFAULT_SETTINGS, pausingSite, type Settings, siteOf } from '../settings/settings';
import { loadSettings, updateSettings } from '../settings/settings-store';
import { BrandTitle } from './BrandTitle';
import { askPage, type PageEntity, pageEntities, targetTabId } from './popup-data';
import { siteForReaders } from './site-names';
import { type MessageKey, t } from './t';

const KIND_LABELS: Record<string, MessageKey> = {
  person: 'kindPerson',
  topic: 'kindTopic',
  organisation: 'kindOrganisation',
};

/**
 * The toolbar popup, at most 600 px tall (the list scrolls inside it): what this page mentions
 * (by kind, most mentioned first; a row scrolls to the next mention and opens its card, and its
 * Mute button stops or resumes marking that entity), switches to pause Gloss on this site or
 * everywhere (applied to open pages at once), and the dataset's name, version and counts.
 */
export function Popup({ location }: { location: Location }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [entities, setEntities] = useState<PageEntity[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [stats, setStats] = useState<DataStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (tab: number | null) => {
    const next = tab === null ? null : await askPage(tab, { type: 'page/mentions' });
    setReport(next);
    setEntities(next ? await pageEntities(next.counts) : []);
  }, []);

  useEffect(() => {
    void (async () => {
      const tab = await targetTabId(location);
      setTabId(tab);
      setSettings(await loadSettings());
      await refresh(tab);
    })();
    askBackground({ type: 'stats/get' }).then(setStats, (e: unknown) => setError(String(e)));
  }, [location, refresh]);

  const site = report ? siteOf(new URL(report.url).hostname) : null;
  const toggle = async (change: Partial<Settings>) => {
    // Shown at once: a render while the background answers (the page's counts arriving) would
    // otherwise set a switch just clicked back to its old state.
    setSettings((before) => ({ ...before, ...change }));
    setSettings(await updateSettings(change).catch(() => loadSettings()));
    // The page restarts its scan with the new settings; ask again once it has had a moment.
    setTimeout(() => void refresh(tabId), 300);
  };
  // The entry that pauses this page: its own site, or a site it belongs to ("example.com" for
  // "news.example.com"), which the switch then resumes.
  const pausing = site ? pausingSite(settings, site) : null;
  const pausedHere = pausing !== null;
  const muted = new Set(settings.mutedEntities);
  const toggleMute = (id: string) => {
    const next = muted.has(id) ? settings.mutedEntities.filter((m) => m !== id) : [...muted, id];
    void toggle({ mutedEntities: next });
  };

  return (
    <div class="popup">
      <BrandTitle>Gloss</BrandTitle>
      <section aria-labelledby="on-this-page" class="on-page">
        <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
        {report === undefined && <p aria-busy="true">{t('loading')}</p>}
        {report === null && <p class="note">{t('popupNotRunning')}</p>}
        {report?.paused && <p class="note">{t('popupPausedHere')}</p>}
        {report && !report.paused && entities.length === 0 && <p class="note">{t('popupNoMentions')}</p>}
        {Object.entries(KIND_LABELS).map(([kind, label]) => {
          const list = entities.filter((e) => e.kind === kind);
          if (!list.length) return null;
          return (
            <div key={kind} class="group">
              <h3>{t(label)}</h3>
              <ul class="entities">
                {list.map((e) => (
                  <li key={e.id} class={muted.has(e.id) ? 'muted' : undefined}>
                    <button
                      type="button"
                      class="go"
                      data-entity={e.id}
                      title={t('popupGoTo', e.name)}
                      onClick={() =>
                        tabId !== null && void askPage(tabId, { type: 'page/goto', entityId: e.id })
                      }
                    >
                      <span>{e.name}</span>
                      <span class="count">{e.count}</span>
                    </button>
                    <button
                      type="button"
                      class="mute"
                      data-mute={e.id}
                      aria-pressed={muted.has(e.id)}
                      aria-label={t('cardMute', e.name)}
                      onClick={() => toggleMute(e.id)}
                    >
                      {t('cardMuteShort')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section class="switches">
        {site && (
          <label>
            <input
              type="checkbox"
              data-testid="pause-site"
              checked={pausedHere}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const others = settings.pausedSites.filter((s) => s !== site && s !== pausing);
                void toggle({ pausedSites: on ? [...others, site] : others });
              }}
            />
            <bdi>{t('popupPauseSite', siteForReaders(pausing ?? site))}</bdi>
          </label>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="pause-everywhere"
            checked={settings.pausedEverywhere}
            onChange={(e) => void toggle({ pausedEverywhere: e.currentTarget.checked })}
          />
          {t('popupPauseEverywhere')}
        </label>
      </section>
      {tabId !== null && (
        <button
          type="button"
          class="link"
          data-action="dossier"
          onClick={() => void openDossierFor(tabId).then((how) => how === 'panel' && window.close())}
        >
          {t('dossierOpen')}
        </button>
      )}
      <DatasetSummary stats={stats} error={error} />
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOptions')}
      </button>
    </div>
  );
}

function DatasetSummary({ stats, error }: { stats: DataStats | null; error: string | null }) {
  if (error) return <p role="alert">{t('dataError', error)}</p>;
  if (!stats) return null;
  const bundled = stats.packs.find((p) => p.bundled);
  const counts: [MessageKey, number][] = [
    ['countEntities', stats.counts.entities],
    ['countFacts', stats.counts.facts],
    ['countSources', stats.counts.sources],
    ['countNotes', stats.counts.notes],
  ];
  return (
    <section aria-labelledby="dataset-title" class="dataset">
      <h2 id="dataset-title">{bundled?.title ?? t('popupDataset')}</h2>
      <p class="version" data-testid="dataset-version">
        {t('popupVersion', bundled?.version ?? '—', bundled?.date ?? '')}
      </p>
      <dl class="counts">
        {counts.map(([label, count]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd data-testid={`count-${label.replace('count', '').toLowerCase()}`}>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
