import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/dataset/fact';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { compactCard } from '../../src/core/facts/compact-card';
import { FULL_READ_LIMIT, getCardData, getCompactCard } from '../../src/db/card-query';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { seedBundled } from '../../src/db/seed-bundled';
import { writePack } from '../../src/db/write-pack';
import { bundledPack } from '../core/match/bundled-matcher';
import newsroomPack from '../fixtures/packs/newsroom-pack.json';

let db: GlossDb;
let name = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-card-test-${name++}`);
  await db.open();
  await seedBundled(db, bundledPack);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('getCompactCard', () => {
  it('answers with the head, at most three facts and only the sources and notes they need', async () => {
    const card = (await getCompactCard(db, 'donald-trump', '2025-06-04'))!;
    expect(card.entity).toEqual({
      id: 'donald-trump',
      kind: 'person',
      name: 'Donald Trump',
      pack: bundledPack.id,
    });
    expect(card.role).toBe('President of the United States');
    expect(card.facts.map((f) => f.fact.id)[0]).toBe('us-declines-air-defence-for-force');
    expect(card.facts.length).toBeLessThanOrEqual(3);
    expect(card.total).toBe(bundledPack.facts.filter((f) => f.entities.includes('donald-trump')).length);
    const cited = new Set(card.facts.flatMap((f) => f.fact.evidence.map((e) => e.source)));
    for (const id of cited) expect(card.sources.map((s) => s.id)).toContain(id);
    expect(card.sources.length).toBeLessThan(bundledPack.sources.length + 1);
    expect(card.packs[bundledPack.id]?.label).toBe(`Gloss bundled dataset, version ${bundledPack.version}`);
    expect(card.facts.every((f) => f.fact.pack === bundledPack.id)).toBe(true);
  });

  it('names the pack of a fact from an imported pack', async () => {
    expect((await importPack(db, newsroomPack)).ok).toBe(true);
    const card = (await getCompactCard(db, 'keir-starmer', '2025-06-30'))!;
    const desk = card.facts.find((f) => f.fact.id === 'desk-starmer-at-hague');
    expect(desk?.fact.pack).toBe('newsroom-nato-desk');
    expect(card.packs['newsroom-nato-desk']?.label).toBe('NATO desk notes, version 1.0.0');
    const full = (await getCardData(db, 'keir-starmer'))!;
    expect(full.facts.find((f) => f.id === 'desk-starmer-at-hague')?.pack).toBe('newsroom-nato-desk');
    expect(full.sources.find((s) => s.id === 'desk-hague-summit')?.pack).toBe('newsroom-nato-desk');
    expect(full.notes.every((n) => typeof n.pack === 'string')).toBe(true);
  });

  it('is null for an unknown entity', async () => {
    expect(await getCompactCard(db, 'nobody', '2025-06-04')).toBeNull();
  });
});

/** A pack with one entity of `count` single-day facts, a day apart from 2020-01-01, each cited by one of 30 outlets. */
function bigPack(count: number) {
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  const sources = Array.from({ length: 30 }, (_, i) => ({
    id: `big-source-${i}`,
    outlet: `Outlet ${i}`,
    title: `Report ${i}`,
    url: `https://example.org/${i}`,
    // Reported after every fact: the index counts by each fact's own date, as the chooser does then.
    published: { value: '2031-01-01', basis: 'printed' as const },
    language: 'en',
  }));
  const facts: Fact[] = Array.from({ length: count }, (_, i) => ({
    id: `big-fact-${i}`,
    entities: ['big-entity'],
    statement: `Thing number ${i} happened.`,
    date: { value: day(i), basis: 'printed' },
    kind: 'event',
    evidence: Array.from({ length: (i % 3) + 1 }, (_, k) => ({
      source: `big-source-${(i + k) % 30}`,
      quote: 'q',
    })),
  }));
  const parsed = parsePack({
    format: 1,
    id: 'big-pack',
    title: 'Big pack',
    version: '1.0.0',
    date: '2026-12-01',
    licence: 'CC0',
    entities: [
      {
        id: 'big-entity',
        kind: 'person',
        name: 'Big Entity',
        description: 'Someone with many facts.',
        aliases: [{ text: 'Big Entity', lang: 'en', rule: 'capitalised' }],
      },
    ],
    facts,
    sources,
    notes: [],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 2)));
  return parsed.pack;
}

describe('getCompactCard for an entity with more facts than it reads', () => {
  it.each<[string | null]>([['2021-06-15'], ['2020-01-01'], ['2019-05-01'], ['2030-01-01'], [null]])(
    'on %s chooses the same facts and counts as reading every fact would',
    async (day) => {
      const pack = bigPack(FULL_READ_LIMIT * 3);
      await writePack(db, pack, false);
      const windowed = (await getCompactCard(db, 'big-entity', day))!;
      const everything = compactCard({
        entity: { ...pack.entities[0]!, pack: pack.id },
        facts: pack.facts.map((f) => ({ ...f, pack: pack.id })),
        notes: [],
        sources: pack.sources.map((s) => ({ ...s, pack: pack.id })),
        packs: windowed.packs,
        topics: [],
        articleDate: day,
      });
      expect(windowed.facts.map((f) => f.fact.id)).toEqual(everything.facts.map((f) => f.fact.id));
      expect([windowed.asOfCount, windowed.since.count, windowed.total]).toEqual([
        everything.asOfCount,
        everything.since.count,
        everything.total,
      ]);
      expect(windowed.since.latest?.fact.id).toEqual(everything.since.latest?.fact.id);
    },
  );
});
