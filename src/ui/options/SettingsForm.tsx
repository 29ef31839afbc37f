import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isSiteName, type Settings, siteOf } from '../../settings/settings';
import { loadSettings, updateSettings } from '../../settings/settings-store';
import { siteForReaders } from '../site-names';
import { type MessageKey, t } from '../t';

const STYLES: [Settings['highlightStyle'], MessageKey][] = [
  ['background', 'settingsStyleBackground'],
  ['underline', 'settingsStyleUnderline'],
  ['off', 'settingsStyleOff'],
];
const MARKINGS: [Settings['marking'], MessageKey][] = [
  ['every', 'settingsMarkingEvery'],
  ['section', 'settingsMarkingSection'],
  ['page', 'settingsMarkingPage'],
];
const KINDS: [keyof Settings['kinds'], MessageKey][] = [
  ['person', 'kindPerson'],
  ['topic', 'kindTopic'],
  ['organisation', 'kindOrganisation'],
];

/**
 * The reader's settings; every change is saved at once and open pages follow it. `entityNames`
 * names the muted entities (by id; an id it does not know is shown as it is).
 */
export function SettingsForm({
  entityNames = async () => new Map(),
}: {
  entityNames?: (ids: string[]) => Promise<Map<string, string>>;
}) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    loadSettings().then(setSettings);
  }, []);
  const mutedKey = settings.mutedEntities.join(' ');
  useEffect(() => {
    if (mutedKey) entityNames(mutedKey.split(' ')).then(setNames, () => {});
  }, [mutedKey, entityNames]);
  const save = async (change: Partial<Settings>) => {
    setSettings(await updateSettings(change));
    setStatus(t('settingsSaved'));
  };
  const addSite = () => {
    const site = siteOf(newSite);
    if (!isSiteName(site)) {
      setStatus(t('settingsBadSite', newSite));
      return;
    }
    setNewSite('');
    void save({ pausedSites: [...new Set([...settings.pausedSites, site])] });
  };
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('settingsHoverDelay')}
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={3000}
          step={50}
          value={settings.hoverDelayMs}
          aria-describedby="delay-help"
          onChange={(e) =>
            void save({
              hoverDelayMs: Math.min(3000, Math.max(0, Math.round(Number(e.currentTarget.value) || 0))),
            })
          }
        />
      </label>
      <p id="delay-help" class="help">
        {t('settingsHoverDelayHelp')}
      </p>
      <fieldset>
        <legend>{t('settingsStyle')}</legend>
        {STYLES.map(([style, label]) => (
          <label key={style}>
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => void save({ highlightStyle: style })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsMarking')}</legend>
        {MARKINGS.map(([marking, label]) => (
          <label key={marking}>
            <input
              type="radio"
              name="marking"
              value={marking}
              checked={settings.marking === marking}
              onChange={() => void save({ marking })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsMuted')}</legend>
        {settings.mutedEntities.length === 0 && <p class="help">{t('settingsNoMuted')}</p>}
        <ul class="sites muted-entities">
          {settings.mutedEntities.map((id) => (
            <li key={id} data-muted={id}>
              {names.get(id) ?? id}
              <button
                type="button"
                aria-label={t('settingsUnmute', names.get(id) ?? id)}
                onClick={() => void save({ mutedEntities: settings.mutedEntities.filter((m) => m !== id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('settingsKinds')}</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind}>
            <input
              type="checkbox"
              name={`kind-${kind}`}
              checked={settings.kinds[kind]}
              onChange={(e) => void save({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsPausedSites')}</legend>
        {settings.pausedSites.length === 0 && <p class="help">{t('settingsNoPausedSites')}</p>}
        <ul class="sites">
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <bdi>{siteForReaders(site)}</bdi>
              <button
                type="button"
                aria-label={t('settingsRemoveSite', siteForReaders(site))}
                onClick={() => void save({ pausedSites: settings.pausedSites.filter((s) => s !== site) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <label>
          {t('settingsAddSite')}
          <input
            type="text"
            name="newSite"
            value={newSite}
            onInput={(e) => setNewSite(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && addSite()}
          />
        </label>
        <button type="button" onClick={addSite}>
          {t('settingsAdd')}
        </button>
        <label>
          <input
            type="checkbox"
            name="pausedEverywhere"
            checked={settings.pausedEverywhere}
            onChange={(e) => void save({ pausedEverywhere: e.currentTarget.checked })}
          />
          {t('settingsPauseEverywhere')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingsPrivacy')}</legend>
        <label>
          <input
            type="checkbox"
            name="privateHighlights"
            checked={settings.privateHighlights}
            onChange={(e) => void save({ privateHighlights: e.currentTarget.checked })}
          />
          {t('settingsPrivateHighlights')}
        </label>
      </fieldset>
      <p class="status" role="status">
        {status}
      </p>
    </form>
  );
}
