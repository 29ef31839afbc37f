import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/dataset/pack';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { bundledWait, resetToBundled, seedBundled } from '../../src/db/seed-bundled';
import { startStore } from '../../src/db/start-store';
import { getDataStats } from '../../src/db/stats-query';
import { bundledPack } from '../core/match/bundled-matcher';
import { basePack } from '../support/hostile-packs';

// A new version of the bundled data must never overwrite the reader's own packs, nor leave them
// pointing at rows it drops: it waits, says why, and installs once the reader has resolved it.
let db: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-upgrade-${n++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** A later bundled version that also has the imported test pack's person ("fuzz-person"). */
function bundledWithTheirPerson(version: string): Pack {
  const person = { ...(basePack().entities[0] as Pack['entities'][number]), roles: [] };
  return { ...bundledPack, version, entities: [...bundledPack.entities, person] };
}

describe('a new bundled version and the reader’s packs', () => {
  it('does not overwrite an imported pack’s row with the same id: it waits and says why', async () => {
    await seedBundled(db, bundledPack);
    expect((await importPack(db, basePack())).ok).toBe(true);
    expect(await seedBundled(db, bundledWithTheirPerson('9.0.0'))).toBe(false);
    expect((await db.entities.get('fuzz-person'))?.pack).toBe('fuzz-desk');
    expect((await db.meta.get('bundledVersion'))?.value).toBe(`${bundledPack.id}@${bundledPack.version}`);
    const stats = await getDataStats(db);
    expect(stats.bundledWaiting?.version).toBe('9.0.0');
    expect(stats.bundledWaiting?.problems.map((p) => p.message)).toEqual([
      'the bundled data 9.0.0 uses the id "fuzz-person", which pack "fuzz-desk" uses too',
    ]);
    expect(stats.packs.map((p) => [p.id, p.version])).toEqual([
      [bundledPack.id, bundledPack.version],
      ['fuzz-desk', '1.0.0'],
    ]);
  });

  it('does not drop a bundled row an imported pack points to', async () => {
    await seedBundled(db, bundledPack);
    expect((await importPack(db, basePack())).ok).toBe(true);
    const withoutStarmer = {
      ...bundledPack,
      version: '9.0.0',
      entities: bundledPack.entities.filter((e) => e.id !== 'keir-starmer'),
    };
    expect(await seedBundled(db, withoutStarmer)).toBe(false);
    expect((await db.entities.get('keir-starmer'))?.pack).toBe(bundledPack.id);
    expect((await bundledWait(db))?.problems.map((p) => p.message)).toEqual([
      'the bundled data 9.0.0 no longer has "keir-starmer", which fact "fuzz-fact" of pack "fuzz-desk" points to',
    ]);
  });

  it('installs on a fresh store and over bundled data alone, and clears a wait once installed', async () => {
    expect(await seedBundled(db, bundledWithTheirPerson('9.0.0'))).toBe(true);
    expect(await bundledWait(db)).toBeNull();
    await resetToBundled(db, bundledPack);
    expect((await importPack(db, basePack())).ok).toBe(true);
    expect(await seedBundled(db, bundledWithTheirPerson('9.0.0'))).toBe(false);
    // "Reset to the bundled data" removes the reader's packs: nothing stands in the way then.
    await resetToBundled(db, bundledWithTheirPerson('9.0.0'));
    expect((await db.entities.get('fuzz-person'))?.pack).toBe(bundledPack.id);
    expect(await bundledWait(db)).toBeNull();
  });

  it('installs the waiting version as soon as the reader removes the pack in its way', async () => {
    // The store as an older Gloss left it: its bundled data without one person, whose id the
    // reader's pack then took; the bundled data of this build has that id again.
    const [first, ...rest] = bundledPack.entities;
    const older = { ...bundledPack, version: '0.0.1', entities: rest, facts: [], notes: [] };
    await seedBundled(db, { ...older, sources: bundledPack.sources });
    const theirs = {
      ...basePack(),
      entities: [{ ...basePack().entities[0]!, id: first!.id }],
      facts: [],
      notes: [],
    };
    expect((await importPack(db, theirs)).ok).toBe(true);
    const store = startStore(db);
    const stats = await store['stats/get']({ type: 'stats/get' });
    expect(stats.packs.find((p) => p.bundled)?.version).toBe('0.0.1');
    expect(stats.bundledWaiting?.problems[0]?.message).toContain(`"${first!.id}", which pack "fuzz-desk"`);
    expect(await store['pack/remove']({ type: 'pack/remove', packId: 'fuzz-desk' })).toBe(true);
    const after = await store['stats/get']({ type: 'stats/get' });
    expect(after.packs.map((p) => [p.id, p.version])).toEqual([[bundledPack.id, bundledPack.version]]);
    expect(after.bundledWaiting).toBeUndefined();
    expect((await db.entities.get(first!.id))?.pack).toBe(bundledPack.id);
  });
});
