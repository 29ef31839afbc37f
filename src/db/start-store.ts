import { parsePack } from '../core/dataset/parse-pack';
import { bundledPackInput } from '../data/bundled-pack';
import { createRouter } from '../messaging/create-router';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  BackgroundRequestSchema,
} from '../messaging/protocol';
import { getCardData } from './card-query';
import { GlossDb } from './gloss-db';
import { MatcherStore } from './matcher-store';
import { seedBundled } from './seed-bundled';
import { getDataStats } from './stats-query';

/**
 * Opens the store, seeds the bundled pack if this version is not there yet, and returns the
 * handler for background requests. Every request waits for seeding, so the first page a reader
 * opens after install is matched against the full dataset.
 */
export function startStore(db = new GlossDb()): (message: unknown) => Promise<unknown> {
  const ready = seedFromBundle(db);
  const matchers = new MatcherStore(db);
  return createRouter<BackgroundRequest, BackgroundReplies>(BackgroundRequestSchema, {
    'matcher/get': async () => {
      await ready;
      return matchers.get();
    },
    'card/get': async ({ entityId }) => {
      await ready;
      return getCardData(db, entityId);
    },
    'stats/get': async () => {
      await ready;
      return getDataStats(db);
    },
  });
}

async function seedFromBundle(db: GlossDb): Promise<void> {
  const result = parsePack(bundledPackInput);
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`the bundled dataset is invalid: ${first.join('; ')}`);
  }
  await seedBundled(db, result.pack);
}
