import type { Pack } from '../core/dataset/pack';
import { parsePack } from '../core/dataset/parse-pack';
import { bundledPackInput } from '../data/bundled-pack';
import type { Handlers } from '../messaging/create-router';
import type { BackgroundReplies, BackgroundRequest } from '../messaging/protocol';
import { getCompactCard } from './card-query';
import { getDossierPage } from './dossier-query';
import { GlossDb } from './gloss-db';
import { exportPack, importPack, removePack } from './manage-packs';
import { MatcherStore } from './matcher-store';
import { bundledWait, holdsBundled, resetToBundled, seedBundled } from './seed-bundled';
import { getDataStats } from './stats-query';

/** The background requests the store answers. */
export type StoreHandlers = Omit<
  Handlers<BackgroundRequest, BackgroundReplies>,
  | 'badge/set'
  | 'frame/start'
  | 'card/view'
  | 'tab/ask'
  | 'settings/get'
  | 'settings/set'
  | 'articleDate/get'
  | 'articleDate/set'
  | 'entity/mute'
  | 'dossier/open'
  | 'dossier/chosen'
>;

/**
 * Opens the store, seeds the bundled pack if this version is not there yet, and returns the
 * handlers for the requests about data. Every request waits for seeding, so the first page a
 * reader opens after install is matched against the full dataset. The matcher is compiled as
 * soon as the data is ready and again after every change, before a page has to wait for it.
 */
export function startStore(db = new GlossDb()): StoreHandlers {
  const ready = seedFromBundle(db, false);
  const matchers = new MatcherStore(db);
  const rebuild = () => {
    matchers.prepare().catch(() => {});
  };
  ready.then(rebuild, () => {});
  // A bundled version that waited for the reader's packs may install once one is changed.
  const afterChange = async () => {
    await seedFromBundle(db, true).catch(() => {});
    rebuild();
  };
  return {
    'matcher/get': async ({ part }) => {
      await ready;
      return matchers.part(part ?? 0);
    },
    'card/get': async ({ entityId, articleDate }) => {
      await ready;
      return getCompactCard(db, entityId, articleDate ?? null);
    },
    'dossier/get': async ({ entityId, offset }) => {
      await ready;
      return getDossierPage(db, entityId, { offset });
    },
    'stats/get': async () => {
      await ready;
      return getDataStats(db);
    },
    'pack/import': async ({ pack, consent }) => {
      await ready;
      const result = await importPack(db, pack, { consent });
      if (result.ok) await afterChange();
      return result;
    },
    'pack/remove': async ({ packId }) => {
      await ready;
      const removed = await removePack(db, packId);
      if (removed) await afterChange();
      return removed;
    },
    'pack/export': async ({ packId }) => {
      await ready;
      return exportPack(db, packId);
    },
    'data/reset': async () => {
      await ready;
      await resetToBundled(db, bundledPack());
      rebuild();
      return true as const;
    },
    'entities/get': async ({ ids }) => {
      await ready;
      const rows = await db.entities.bulkGet(ids);
      return rows.filter((e) => e !== undefined).map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
    },
  };
}

/**
 * Seeds the bundled pack unless the store holds its version already. That is read first: a
 * background the browser stopped when idle starts again for the next page, and validating the
 * whole bundled pack each time would keep that page waiting (it is validated by the build's tests
 * and whenever it is written). `retry`: also when this version waits for the reader's packs.
 */
async function seedFromBundle(db: GlossDb, retry: boolean): Promise<void> {
  if (await holdsBundled(db, bundledPackInput)) return;
  // A version that waits for the reader's packs is tried again when they change, not at each start.
  if (!retry && (await bundledWait(db))?.version === bundledPackInput.version) return;
  await seedBundled(db, bundledPack());
}

function bundledPack(): Pack {
  const result = parsePack(bundledPackInput);
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`the bundled dataset is invalid: ${first.join('; ')}`);
  }
  return result.pack;
}
