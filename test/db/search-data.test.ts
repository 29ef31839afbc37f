import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earliestDay } from '../../src/core/dates/date-keys';
import { GlossDb } from '../../src/db/gloss-db';
import { searchData } from '../../src/db/search-data';
import { seedBundled } from '../../src/db/seed-bundled';
import { bundledPack } from '../core/match/bundled-matcher';

let db: GlossDb;

beforeAll(async () => {
  db = new GlossDb('gloss-search-test');
  await seedBundled(db, bundledPack);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('searchData', () => {
  it('finds entities by the start of a name or alias', async () => {
    expect((await searchData(db, { text: 'zelensk' })).entities.map((e) => e.id)).toEqual([
      'volodymyr-zelenskyy',
    ]);
    expect((await searchData(db, { text: 'Koalition der' })).entities.map((e) => e.id)).toEqual([
      'coalition-of-the-willing',
    ]);
  });

  it('finds facts containing every word, as word starts, in date order', async () => {
    const r = await searchData(db, { text: 'air defence' });
    expect(r.facts.map((f) => f.id)).toContain('us-declines-air-defence-for-force');
    expect(r.facts.every((f) => /\bair\b/i.test(f.statement) && /\bdefence/i.test(f.statement))).toBe(true);
    const days = r.facts.map((f) => f.date.value);
    expect(days).toEqual([...days].sort());
  });

  it('narrows by date range and by outlet', async () => {
    const january = await searchData(db, { text: '', from: '2025-01-01', to: '2025-01-31' });
    expect(january.factCount).toBeGreaterThan(10);
    // A range holds the facts whose earliest possible day falls in it ("2025" starts on 1 January).
    expect(
      january.facts.every((f) => earliestDay(f.date) >= '2025-01-01' && earliestDay(f.date) <= '2025-01-31'),
    ).toBe(true);
    const liga = await searchData(db, { text: '', outlet: 'liga' });
    expect(liga.facts.length).toBeGreaterThan(3);
    expect(liga.facts.every((f) => f.evidence.some((e) => e.source === 'liga-2025-06-04'))).toBe(true);
    const both = await searchData(db, { text: 'coalition', outlet: 'LIGA' });
    expect(both.facts.map((f) => f.id)).toEqual([
      'estonia-offers-combat-unit',
      'belgium-ready-to-send-troops',
      'trump-withholds-coalition-guarantees',
    ]);
  });

  it('finds sources by outlet or title, and nothing for nonsense', async () => {
    expect((await searchData(db, { text: 'babel' })).sources.map((s) => s.id)).toEqual(['babel-2025-06-04']);
    const none = await searchData(db, { text: 'xyzzy plugh' });
    expect([none.entities.length, none.facts.length, none.sources.length, none.factCount]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});
