import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { getCardData } from '../../src/db/card-query';
import { GlossDb } from '../../src/db/gloss-db';
import { SCHEMA_VERSIONS } from '../../src/db/schema-history';
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
