import { render } from 'preact';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { bundledPackInput } from '../../src/data/bundled-pack';
import { GlossDb } from '../../src/db/gloss-db';
import { exportPack, importPack, removePack } from '../../src/db/manage-packs';
import { packDependents } from '../../src/db/pack-dependents';
import { searchData } from '../../src/db/search-data';
import { resetToBundled } from '../../src/db/seed-bundled';
import { getDataStats } from '../../src/db/stats-query';
import { rebuildMatcher } from '../../src/messaging/rebuild-matcher';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import type { OptionsServices } from '../../src/ui/options/options-services';

// The options page shares the extension's origin, so it opens the same database as the background.
const db = new GlossDb();
// The background compiles the matcher pages ask for: have it rebuild now, not on the next page.
const changed = <T,>(result: T): T => {
  rebuildMatcher();
  return result;
};
const services: OptionsServices = {
  stats: () => getDataStats(db),
  entities: async () =>
    (await db.entities.toArray())
      .map(({ id, name, kind }) => ({ id, name, kind }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  search: (query) => searchData(db, query),
  importPack: (input, onProgress, consent) => importPack(db, input, { onProgress, consent }).then(changed),
  exportPack: (id) => exportPack(db, id),
  packDependents: (id) => packDependents(db, id),
  removePack: (id) => removePack(db, id).then(changed),
  reset: async () => {
    const bundled = parsePack(bundledPackInput);
    if (bundled.ok) await resetToBundled(db, bundled.pack);
    rebuildMatcher();
  },
};

render(<OptionsApp services={services} />, document.getElementById('app')!);
