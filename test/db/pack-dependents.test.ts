import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackInput } from '../../src/core/dataset/pack';
import { orderByDependency } from '../../src/core/dataset/pack-order';
import { GlossDb } from '../../src/db/gloss-db';
import { exportPack, importPack, removePack } from '../../src/db/manage-packs';
import { packDependents } from '../../src/db/pack-dependents';
import { seedBundled } from '../../src/db/seed-bundled';
import { bundledPack } from '../core/match/bundled-matcher';
import { alphaNotes, basePack, zuluBase } from '../support/hostile-packs';

// A pack may point to another pack's entities and sources: removing or replacing that pack
// must not leave it pointing at nothing, and a copy of both must import again.
let db: GlossDb;
let n = 0;

const base = zuluBase;
const notes = alphaNotes;

beforeEach(async () => {
  db = new GlossDb(`gloss-dependents-${n++}`);
  await seedBundled(db, bundledPack);
  expect((await importPack(db, base())).ok).toBe(true);
  expect((await importPack(db, notes())).ok).toBe(true);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('packs that point to other packs', () => {
  it('keeps a pack another one points to, and names that one', async () => {
    expect(await packDependents(db, 'zulu-base')).toEqual(['Alpha notes']);
    expect(await removePack(db, 'zulu-base')).toBe(false);
    expect(await db.entities.get('fuzz-person')).toBeDefined();
    expect(await packDependents(db, 'alpha-notes')).toEqual([]);
    expect(await removePack(db, 'alpha-notes')).toBe(true);
    expect(await removePack(db, 'zulu-base')).toBe(true);
  });

  it('refuses a new version that drops what another pack points to, and changes nothing', async () => {
    // Its person gone; its own fact now only about a bundled one.
    const fact = { ...base().facts[0]!, entities: ['keir-starmer'] };
    const dropped = { ...base(), version: '2.0.0', entities: [], facts: [fact], notes: [] } as PackInput;
    const result = await importPack(db, dropped);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message).join('\n')).toMatch(
      /"fuzz-person" is used by fact "alpha-fact" of pack "alpha-notes"/,
    );
    expect(await db.entities.get('fuzz-person')).toBeDefined();
    expect((await db.packs.get('zulu-base'))?.version).toBe(basePack().version);
    expect((await importPack(db, { ...base(), version: '2.0.0' })).ok).toBe(true);
  });

  it('orders a copy of all packs so that it imports again after a reset', async () => {
    const copy = [await exportPack(db, 'alpha-notes'), await exportPack(db, 'zulu-base')] as PackInput[];
    expect(orderByDependency(copy).map((p) => p.id)).toEqual(['zulu-base', 'alpha-notes']);
    expect(await removePack(db, 'alpha-notes')).toBe(true);
    expect(await removePack(db, 'zulu-base')).toBe(true);
    for (const pack of orderByDependency(copy)) expect((await importPack(db, pack)).ok).toBe(true);
    expect(await packDependents(db, 'zulu-base')).toEqual(['Alpha notes']);
  });

  it('finds every kind of reference: role and description sources, relays, known-through and variants', async () => {
    const beta = {
      format: 1,
      id: 'beta-refs',
      title: 'Beta refs',
      version: '1.0.0',
      date: '2025-07-01',
      licence: 'CC0',
      entities: [
        {
          id: 'beta-person',
          kind: 'person',
          name: 'Beta Person',
          description: 'A person.',
          descriptionSources: ['fuzz-source-a'],
          roles: [{ title: 'Envoy', sources: ['fuzz-source-a'] }],
          aliases: [{ text: 'Beta Person', lang: 'en', rule: 'capitalised' }],
        },
      ],
      sources: [],
      facts: [],
      notes: [],
    } as unknown as PackInput;
    expect((await importPack(db, beta)).ok).toBe(true);
    expect(await removePack(db, 'alpha-notes')).toBe(true);
    expect(await packDependents(db, 'zulu-base')).toEqual(['Beta refs']);
    expect(await removePack(db, 'zulu-base')).toBe(false);
    const copy = [beta, base()];
    expect(orderByDependency(copy).map((p) => p.id)).toEqual(['zulu-base', 'beta-refs']);
  });
});
