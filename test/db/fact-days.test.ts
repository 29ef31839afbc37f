import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FULL_READ_LIMIT, getCompactCard } from '../../src/db/card-query';
import { getDossierPage } from '../../src/db/dossier-query';
import { FactDayCounts, readFactCounts } from '../../src/db/fact-days';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack, removePack } from '../../src/db/manage-packs';
import { entityDayKey } from '../../src/db/schema-history';
import { resetToBundled, seedBundled } from '../../src/db/seed-bundled';
import { generateBigEntityPack, generatePack } from '../bench/generate-pack';
import { bundledPack } from '../core/match/bundled-matcher';
import newsroomPack from '../fixtures/packs/newsroom-pack.json';

let db: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-fact-days-${n++}`);
  await seedBundled(db, bundledPack);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Days to split at: before everything, inside the bundled data's range, a fact's own day, after everything. */
const DAYS = [
  '0000-01-01',
  '2025-01-24',
  '2025-03-15',
  '2025-06-04',
  '2025-06-24',
  '2025-12-31',
  '9999-12-31',
];

/** Every stored entity's counts from `factDays` equal counting its facts in the `entityDays` index. */
async function expectCountsMatchIndex(): Promise<void> {
  const entities = await db.entities.toCollection().primaryKeys();
  // Entities that facts name but no stored entity row has (a pack may point at another's) count too.
  const named = new Set((await db.facts.toArray()).flatMap((f) => f.entities));
  for (const entity of new Set([...entities, ...named])) {
    for (const day of DAYS) {
      const index = db.facts.where('entityDays');
      const asOf = await index
        .between(entityDayKey(entity, ''), entityDayKey(entity, day), true, true)
        .count();
      const since = await db.facts
        .where('entityDays')
        .between(entityDayKey(entity, day), entityDayKey(entity, '\uffff'), false, true)
        .count();
      expect(await readFactCounts(db, entity, day), `${entity} split at ${day}`).toEqual({
        total: asOf + since,
        asOf,
        since,
      });
    }
  }
}

describe('FactDayCounts', () => {
  it('counts a fact once per entity it names, on its day, by pack', () => {
    const counts = new FactDayCounts();
    counts.add([
      { entities: ['a', 'b'], sortDate: '2025-01-01', pack: 'p' },
      { entities: ['a', 'a'], sortDate: '2025-01-01', pack: 'p' },
      { entities: ['a'], sortDate: '2025-02-01', pack: 'q' },
    ]);
    expect(counts.list()).toEqual([
      { key: 'a|p', entity: 'a', pack: 'p', days: { '2025-01-01': 2 } },
      { key: 'b|p', entity: 'b', pack: 'p', days: { '2025-01-01': 1 } },
      { key: 'a|q', entity: 'a', pack: 'q', days: { '2025-02-01': 1 } },
    ]);
  });
});

describe('stored fact counts by entity and day', () => {
  it('agree with the index after seeding the bundled pack', async () => {
    expect(await db.factDays.count()).toBeGreaterThan(0);
    await expectCountsMatchIndex();
  });

  it('agree with the index through imports, a replacement, a refusal, a removal and a reset', async () => {
    // Its facts are about a bundled entity too: that entity's counts come from two packs.
    expect((await importPack(db, newsroomPack)).ok).toBe(true);
    expect(await db.factDays.where('entity').equals('keir-starmer').count()).toBe(2);
    await expectCountsMatchIndex();

    const generated = generatePack({ entities: 40, aliasesPer: 1, factsPer: 12, sources: 20 });
    expect((await importPack(db, generated)).ok).toBe(true);
    await expectCountsMatchIndex();

    const smaller = structuredClone(generated);
    smaller.version = '2.0.0';
    smaller.facts = smaller.facts.filter((_, i) => i % 3 === 0);
    smaller.notes = [];
    const replaced = await importPack(db, smaller);
    expect(replaced.ok, JSON.stringify(replaced.ok ? null : replaced.problems.slice(0, 3))).toBe(true);
    await expectCountsMatchIndex();

    const before = await db.factDays.toArray();
    const broken = structuredClone(generated);
    broken.facts.at(-1)!.entities.push('nobody');
    expect((await importPack(db, broken)).ok).toBe(false);
    expect(await db.factDays.toArray()).toEqual(before);

    expect(await removePack(db, 'newsroom-nato-desk')).toBe(true);
    expect(await db.factDays.where('pack').equals('newsroom-nato-desk').count()).toBe(0);
    await expectCountsMatchIndex();

    await resetToBundled(db, bundledPack);
    expect(await db.factDays.where('pack').notEqual(bundledPack.id).count()).toBe(0);
    await expectCountsMatchIndex();
  });

  it('give the card of an entity too large to read whole, and the dossier, their counts', async () => {
    expect((await importPack(db, generateBigEntityPack(FULL_READ_LIMIT * 2))).ok).toBe(true);
    const day = '2021-03-15';
    const asOf = await db.facts
      .where('entityDays')
      .between(entityDayKey('big-entity', ''), entityDayKey('big-entity', day), true, true)
      .count();
    const card = (await getCompactCard(db, 'big-entity', day))!;
    expect(asOf).toBeGreaterThan(0);
    expect([card.total, card.asOfCount, card.since.count]).toEqual([
      FULL_READ_LIMIT * 2,
      asOf,
      FULL_READ_LIMIT * 2 - asOf,
    ]);
    expect((await getDossierPage(db, 'big-entity'))?.total).toBe(FULL_READ_LIMIT * 2);
    // Without the stored counts the card would not know them.
    await db.factDays.clear();
    expect((await getCompactCard(db, 'big-entity', day))?.total).not.toBe(FULL_READ_LIMIT * 2);
  });

  it('of a bundled pack are replaced when a new bundled version with another id is seeded', async () => {
    const next = { ...bundledPack, id: 'gloss-bundled-next', version: '9.0.0' };
    next.facts = bundledPack.facts.slice(0, 10);
    expect(await seedBundled(db, next)).toBe(true);
    expect(await db.factDays.where('pack').equals(bundledPack.id).count()).toBe(0);
    await expectCountsMatchIndex();
  });
});
