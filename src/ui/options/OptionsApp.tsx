import { BrandTitle } from '../BrandTitle';
import { t } from '../t';
import { DatasetBrowser } from './DatasetBrowser';
import type { OptionsServices } from './options-services';
import { PacksPanel } from './PacksPanel';
import { SettingsForm } from './SettingsForm';

/** The options page: settings, the dataset browser, and packs. */
export function OptionsApp({ services }: { services: OptionsServices }) {
  return (
    <main class="options">
      <BrandTitle>{t('optionsTitle')}</BrandTitle>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('optionsSettings')}</h2>
        <SettingsForm />
      </section>
      <section aria-labelledby="packs-title">
        <h2 id="packs-title">{t('optionsPacks')}</h2>
        <PacksPanel services={services} />
      </section>
      <section aria-labelledby="browser-title">
        <h2 id="browser-title">{t('optionsBrowser')}</h2>
        <DatasetBrowser services={services} />
      </section>
    </main>
  );
}
