import { useCallback } from 'preact/hooks';
import { BrandTitle } from '../BrandTitle';
import { t } from '../t';
import { DatasetBrowser } from './DatasetBrowser';
import type { OptionsServices } from './options-services';
import { PacksPanel } from './PacksPanel';
import { SettingsForm } from './SettingsForm';

/**
 * The options page: the dataset browser first (empty until the reader searches or picks an
 * entity), then settings, then packs. Works down to a phone's 390 px without sideways scrolling.
 */
export function OptionsApp({ services }: { services: OptionsServices }) {
  const entityNames = useCallback(
    async (ids: string[]) => {
      const wanted = new Set(ids);
      const all = await services.entities();
      return new Map(all.filter((e) => wanted.has(e.id)).map((e) => [e.id, e.name]));
    },
    [services],
  );
  return (
    <main class="options">
      <BrandTitle>{t('optionsTitle')}</BrandTitle>
      <section aria-labelledby="browser-title">
        <h2 id="browser-title">{t('optionsBrowser')}</h2>
        <DatasetBrowser services={services} />
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('optionsSettings')}</h2>
        <SettingsForm entityNames={entityNames} />
      </section>
      <section aria-labelledby="packs-title">
        <h2 id="packs-title">{t('optionsPacks')}</h2>
        <PacksPanel services={services} />
      </section>
    </main>
  );
}
