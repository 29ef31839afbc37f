import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { getCardData, getCompactCard } from '../../src/db/card-query';
import { readFactCounts } from '../../src/db/fact-days';
import { GlossDb } from '../../src/db/gloss-db';
import { entityDayKey, SCHEMA_VERSIONS } from '../../src/db/schema-history';
import { seedBundled } from '../../src/db/seed-bundled';
import { getDataStats } from '../../src/db/stats-query';
import { bundledPack } from '../core/match/bundled-matcher';

const NAME = 'gloss-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** A database opened at the schema versions before `upTo` (exclusive), seeded like that version did. */
async function openAt(versions: number): Promise<Dexie> {
  const old = new Dexie(NAME);
  for (const declare of SCHEMA_VERSIONS.slice(0, versions)) declare(old);
  await old.open();
  return old;
}

describe('schema upgrades', () => {
  it('has every version in order, each declared once', () => {
    const db = new GlossDb('gloss-versions');
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    db.close();
  });

  it('upgrades a version 1 store to the newest, filling the facts’ source ids and words', async () => {
    const v1 = await openAt(1);
    expect(v1.verno).toBe(1);
    await v1.table('packs').put({
      id: bundledPack.id,
      title: 't',
      version: '0.1.0',
      date: '2026',
      licence: 'l',
      bundled: true,
      installedAt: '',
      counts: {},
    });
    await v1
      .table('entities')
      .bulkPut(
        bundledPack.entities.map((e) => ({ ...e, pack: bundledPack.id, names: [e.name.toLowerCase()] })),
      );
    await v1
      .table('facts')
      .bulkPut(bundledPack.facts.map((f) => ({ ...f, pack: bundledPack.id, sortDate: f.date.value })));
    await v1.table('sources').bulkPut(bundledPack.sources.map((s) => ({ ...s, pack: bundledPack.id })));
    v1.close();

    const db = new GlossDb(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    const fact = await db.facts.get('us-declines-air-defence-for-force');
    expect(fact?.words).toContain('defences');
    expect(await db.facts.where('words').startsWith('ceasefir').count()).toBeGreaterThan(0);
    expect(fact?.sourceIds.sort()).toEqual([
      'babel-2025-06-04',
      'bloomberg-2025-06-04',
      'liga-2025-06-04',
      'trt-2025-06-04',
    ]);
    expect(await db.facts.where('sourceIds').equals('unn-2025-01-24').count()).toBe(
      bundledPack.facts.filter((f) => f.evidence.some((e) => e.source === 'unn-2025-01-24')).length,
    );
    expect(await db.entities.where('kind').equals('person').count()).toBe(
      bundledPack.entities.filter((e) => e.kind === 'person').length,
    );
    expect((await getCardData(db, 'keir-starmer'))?.facts.length).toBeGreaterThan(0);
    db.close();
  });
});

describe('upgrade to version 4 (2026-12-01)', () => {
  /** A newsroom pack as version 3 stored it: its source still carries the old `anonymous` flag. */
  async function storeUserPackAtVersion3(): Promise<void> {
    const raw = JSON.parse(
      readFileSync(new URL('../fixtures/packs/newsroom-pack.json', import.meta.url), 'utf8'),
    );
    raw.sources[0].anonymous = true;
    const parsed = parsePack(raw, {
      entities: new Set(['keir-starmer']),
      facts: new Set(),
      sources: new Set(),
    });
    if (!parsed.ok) throw new Error('fixture pack does not parse');
    const pack = parsed.pack;
    const v3 = await openAt(3);
    expect(v3.verno).toBe(3);
    await v3.table('packs').put({
      id: pack.id,
      title: pack.title,
      version: pack.version,
      date: pack.date,
      licence: pack.licence,
      bundled: false,
      installedAt: '2026-11-30T10:00:00.000Z',
      counts: { entities: 1, facts: 2, sources: 1, notes: 0 },
    });
    await v3
      .table('entities')
      .bulkPut(pack.entities.map((e) => ({ ...e, pack: pack.id, names: ['mark rutte', 'rutte'] })));
    await v3.table('facts').bulkPut(
      pack.facts.map((f) => ({
        ...f,
        pack: pack.id,
        sortDate: f.date.value,
        sourceIds: [f.evidence[0]!.source],
        words: ['summit'],
      })),
    );
    await v3.table('sources').bulkPut(pack.sources.map((s) => ({ ...s, anonymous: true, pack: pack.id })));
    await v3.table('meta').bulkPut([
      { key: 'bundledVersion', value: 'gloss-bundled@1.0.0' },
      { key: 'dataRevision', value: 7 },
    ]);
    v3.close();
  }

  it('keeps an imported pack and the store’s meta rows, and drops only the old per-source flag (settings live in storage.local, which no Dexie upgrade touches)', async () => {
    await storeUserPackAtVersion3();
    const db = new GlossDb(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    const pack = await db.packs.get('newsroom-nato-desk');
    expect(pack).toMatchObject({ title: 'NATO desk notes', version: '1.0.0', bundled: false });
    expect(pack?.installedAt).toBe('2026-11-30T10:00:00.000Z');
    const source = await db.sources.get('desk-hague-summit');
    expect(source).toBeDefined();
    expect('anonymous' in source!).toBe(false);
    expect(source).toMatchObject({ outlet: 'Desk notes', url: 'https://example.org/desk/hague-summit' });
    expect(await db.facts.where('pack').equals('newsroom-nato-desk').count()).toBe(2);
    expect(await db.entities.where('qid').equals('Q7184').count()).toBe(0);
    expect((await db.meta.get('dataRevision'))?.value).toBe(7);
    expect((await db.meta.get('bundledVersion'))?.value).toBe('gloss-bundled@1.0.0');
    expect((await getCardData(db, 'mark-rutte'))?.facts.map((f) => f.id)).toEqual([
      'desk-rutte-hague-summit',
    ]);
    db.close();
  });

  it('then reseeds the new bundled version beside the imported pack, which stays whole', async () => {
    await storeUserPackAtVersion3();
    const db = new GlossDb(NAME);
    await db.open();
    expect(await seedBundled(db, bundledPack)).toBe(true);
    const stats = await getDataStats(db);
    expect(stats.packs.map((p) => [p.id, p.bundled]).sort()).toEqual([
      [bundledPack.id, true],
      ['newsroom-nato-desk', false],
    ]);
    expect(await db.facts.where('pack').equals('newsroom-nato-desk').count()).toBe(2);
    expect((await db.meta.get('bundledVersion'))?.value).toBe(`${bundledPack.id}@${bundledPack.version}`);
    expect(await db.entities.where('qid').equals('Q6383689').count()).toBe(1);
    db.close();
  });

  it('fills the entity-and-day index of stored facts on the way to version 5, so big cards read by date', async () => {
    await storeUserPackAtVersion3();
    const db = new GlossDb(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    expect((await db.facts.get('desk-starmer-at-hague'))?.entityDays).toEqual(['keir-starmer|2025-06-24']);
    const before = await db.facts
      .where('entityDays')
      .between(entityDayKey('mark-rutte', ''), entityDayKey('mark-rutte', '2025-06-24'), true, true)
      .primaryKeys();
    expect(before).toEqual(['desk-rutte-hague-summit']);
    expect((await getCompactCard(db, 'mark-rutte', '2025-06-30'))?.facts.map((f) => f.fact.id)).toEqual([
      'desk-rutte-hague-summit',
    ]);
    db.close();
  });
});

describe('upgrade to version 6 (2026-12-02)', () => {
  it('counts the stored facts of every pack by entity and day, as the entity-and-day index holds them', async () => {
    const v5 = await openAt(5);
    const rows = (pack: string, facts: typeof bundledPack.facts) =>
      facts.map((f) => ({
        ...f,
        pack,
        sortDate: f.date.value.slice(0, 10),
        entityDays: f.entities.map((e) => entityDayKey(e, f.date.value.slice(0, 10))),
      }));
    await v5.table('facts').bulkPut(rows(bundledPack.id, bundledPack.facts));
    // A second pack's copies of some facts, about the same entities.
    const copies = bundledPack.facts.slice(0, 5).map((f) => ({ ...f, id: `copy-${f.id}` }));
    await v5.table('facts').bulkPut(rows('other-pack', copies));
    v5.close();

    const db = new GlossDb(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    expect(await db.factDays.where('pack').equals('other-pack').count()).toBe(
      new Set(copies.flatMap((f) => f.entities)).size,
    );
    for (const entity of new Set(bundledPack.facts.flatMap((f) => f.entities))) {
      const all = await db.facts.where('entities').equals(entity).toArray();
      for (const day of ['2025-01-01', '2025-06-04', '2026-01-01']) {
        const asOf = all.filter((f) => f.sortDate <= day).length;
        expect(await readFactCounts(db, entity, day), `${entity} at ${day}`).toEqual({
          total: all.length,
          asOf,
          since: all.length - asOf,
        });
      }
    }
    db.close();
  });
});
