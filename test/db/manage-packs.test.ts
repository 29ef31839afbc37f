import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PackInput, PackSchema } from '../../src/core/dataset/pack';
import { getCardData } from '../../src/db/card-query';
import { GlossDb } from '../../src/db/gloss-db';
import { exportPack, importPack, removePack } from '../../src/db/manage-packs';
import { MatcherStore } from '../../src/db/matcher-store';
import { resetToBundled, seedBundled } from '../../src/db/seed-bundled';
import { getDataStats } from '../../src/db/stats-query';
import { generatePack } from '../bench/generate-pack';
import { bundledPack } from '../core/match/bundled-matcher';

const newsroomPack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/packs/newsroom-pack.json'), 'utf8'),
) as PackInput;

let db: GlossDb;
let n = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-packs-${n++}`);
  await seedBundled(db, bundledPack);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function snapshot() {
  return {
    stats: await getDataStats(db),
    entities: await db.entities.toCollection().primaryKeys(),
    facts: await db.facts.toCollection().primaryKeys(),
    factDays: await db.factDays.toArray(),
    revision: (await db.meta.get('dataRevision'))?.value,
  };
}

function changed(change: (p: PackInput) => void): PackInput {
  const copy = structuredClone(newsroomPack);
  change(copy);
  return copy;
}

/** Imports `input`, expecting a refusal with a problem that matches `expected`, and the store unchanged. */
async function expectRefused(input: unknown, expected: RegExp) {
  const before = await snapshot();
  const result = await importPack(db, input);
  expect(result.ok).toBe(false);
  const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  expect(
    problems.some((p) => expected.test(p)),
    problems.join('\n'),
  ).toBe(true);
  expect(await snapshot()).toEqual(before);
}

describe('importPack', () => {
  it('stores a valid pack whose facts may point at bundled entities', async () => {
    const result = await importPack(db, newsroomPack);
    expect(result.ok).toBe(true);
    const stats = await getDataStats(db);
    expect(stats.packs.map((p) => p.id)).toEqual([bundledPack.id, 'newsroom-nato-desk']);
    expect(stats.counts.facts).toBe(bundledPack.facts.length + 2);
    const card = await getCardData(db, 'keir-starmer');
    expect(card!.facts.map((f) => f.id)).toContain('desk-starmer-at-hague');
    expect(card!.sources.map((s) => s.id)).toContain('desk-hague-summit');
  });

  it('makes imported entities part of the compiled matcher', async () => {
    const store = new MatcherStore(db);
    expect((await store.get()).entityIds).not.toContain('mark-rutte');
    await importPack(db, newsroomPack);
    expect((await store.get()).entityIds).toContain('mark-rutte');
    // Entities of imported packs are listed, for pages that hide them under opaque names.
    expect((await store.get()).importedEntities).toEqual(['mark-rutte']);
  });

  it('replaces a pack re-imported with the same id', async () => {
    await importPack(db, newsroomPack);
    const smaller = changed((p) => {
      p.version = '1.1.0';
      p.facts = p.facts.slice(0, 1);
    });
    expect((await importPack(db, smaller)).ok).toBe(true);
    expect((await getDataStats(db)).counts.facts).toBe(bundledPack.facts.length + 1);
  });

  it.each<[string, (p: PackInput) => void, RegExp]>([
    [
      'a dangling reference in its last fact (found after every row is written)',
      (p) => p.facts.at(-1)!.entities.push('nobody'),
      /^facts\.4999\.entities\.1: unknown entity "nobody"$/,
    ],
    [
      'a malformed fact half-way (found after the first chunks are written)',
      (p) => (p.facts[4500]!.statement = ''),
      /^facts\.4500\.statement: /,
    ],
    [
      'an id another pack owns in its notes',
      (p) => (p.notes![3]!.id = bundledPack.notes[0]!.id),
      /^notes\.3\.id: id ".*" is already used by pack "gloss-bundled"$/,
    ],
  ])('refuses a large pack with %s, and changes nothing', async (_name, change, expected) => {
    const pack = generatePack({ entities: 250, aliasesPer: 1, factsPer: 20, sources: 50 });
    change(pack);
    await expectRefused(pack, expected);
    expect(await db.facts.where('pack').equals(pack.id).count()).toBe(0);
  });

  it('refuses a new version that points at rows only the version it replaces has', async () => {
    await importPack(db, newsroomPack);
    const before = await snapshot();
    // The new version drops its source but keeps facts citing it: they would point at nothing.
    const result = await importPack(
      db,
      changed((p) => {
        p.version = '1.1.0';
        p.sources = [];
      }),
    );
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('facts.0.evidence.0.source: unknown source "desk-hague-summit"');
    expect(await snapshot()).toEqual(before);
  });

  it.each<[string, (p: PackInput) => void, RegExp]>([
    [
      'a dangling reference',
      (p) => p.facts[0]!.entities.push('nobody'),
      /facts\.0\.entities\.1: unknown entity "nobody"/,
    ],
    [
      'a duplicate id inside the pack',
      (p) => (p.facts[1]!.id = p.facts[0]!.id),
      /facts\.1\.id: duplicate id/,
    ],
    [
      'an id another pack uses',
      (p) => {
        p.entities[0]!.id = 'keir-starmer';
        p.facts[0]!.entities = ['keir-starmer'];
      },
      /entities\.0\.id: id "keir-starmer" is already used by pack "gloss-bundled"/,
    ],
    ['the bundled pack id', (p) => (p.id = bundledPack.id), /is the bundled pack and cannot be replaced/],
    [
      'a javascript: link',
      (p) => (p.sources[0]!.url = 'javascript:alert(document.cookie)'),
      /sources\.0\.url: expected an http or https address/,
    ],
    [
      'a data: link',
      (p) => (p.sources[0]!.url = 'data:text/html,<script>alert(1)</script>'),
      /sources\.0\.url: /,
    ],
    ['a huge string', (p) => (p.facts[0]!.statement = 'A'.repeat(1_000_000)), /facts\.0\.statement: /],
    [
      'deep nesting',
      (p) => ((p.entities[0] as unknown as Record<string, unknown>).extra = deep(2000)),
      /entities\.0: /,
    ],
    ['a missing title', (p) => delete (p as Partial<PackInput>).title, /title: /],
  ])('rejects %s with the path named, and changes nothing', async (_name, change, expected) => {
    await expectRefused(changed(change), expected);
  });

  it('keeps script in strings as inert text', async () => {
    const hostile = changed((p) => {
      p.entities[0]!.description = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    });
    expect((await importPack(db, hostile)).ok).toBe(true);
    expect((await getCardData(db, 'mark-rutte'))!.entity.description).toBe(
      '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    );
  });
});

describe('removePack, exportPack and resetToBundled', () => {
  it('removes an imported pack and all its rows', async () => {
    await importPack(db, newsroomPack);
    expect(await removePack(db, 'newsroom-nato-desk')).toBe(true);
    expect((await getDataStats(db)).counts.facts).toBe(bundledPack.facts.length);
    expect(await db.entities.get('mark-rutte')).toBeUndefined();
  });

  it('refuses to remove the bundled pack or an unknown one', async () => {
    expect(await removePack(db, bundledPack.id)).toBe(false);
    expect(await removePack(db, 'nothing-here')).toBe(false);
    expect((await getDataStats(db)).counts.facts).toBe(bundledPack.facts.length);
  });

  it('exports a pack that imports back to the same data', async () => {
    await importPack(db, newsroomPack);
    const exported = await exportPack(db, 'newsroom-nato-desk');
    expect(exported).toEqual(PackSchema.parse(newsroomPack));
    await removePack(db, 'newsroom-nato-desk');
    expect((await importPack(db, exported)).ok).toBe(true);
    expect(await exportPack(db, 'newsroom-nato-desk')).toEqual(exported);
  });

  it('exports the bundled pack as the bundled data', async () => {
    const exported = await exportPack(db, bundledPack.id);
    expect(exported?.facts.length).toBe(bundledPack.facts.length);
    expect(exported?.entities.map((e) => e.id).sort()).toEqual(bundledPack.entities.map((e) => e.id).sort());
  });

  it('resets to the bundled data, dropping imported packs', async () => {
    await importPack(db, newsroomPack);
    await resetToBundled(db, bundledPack);
    const stats = await getDataStats(db);
    expect(stats.packs.map((p) => p.id)).toEqual([bundledPack.id]);
    expect(stats.counts.facts).toBe(bundledPack.facts.length);
  });
});

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}
