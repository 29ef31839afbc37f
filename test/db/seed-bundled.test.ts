import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCardData } from '../../src/db/card-query';
import { GlossDb } from '../../src/db/gloss-db';
import { MatcherStore } from '../../src/db/matcher-store';
import { seedBundled } from '../../src/db/seed-bundled';
import { getDataStats } from '../../src/db/stats-query';
import { bundledPack } from '../core/match/bundled-matcher';

let db: GlossDb;
let name = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-test-${name++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('seedBundled', () => {
  it('writes every row of the bundled pack once, and is idempotent', async () => {
    expect(await seedBundled(db, bundledPack)).toBe(true);
    expect(await seedBundled(db, bundledPack)).toBe(false);
    const stats = await getDataStats(db);
    expect(stats.counts).toEqual({
      entities: bundledPack.entities.length,
      facts: bundledPack.facts.length,
      sources: bundledPack.sources.length,
      notes: bundledPack.notes.length,
    });
    expect(stats.packs).toEqual([
      {
        id: bundledPack.id,
        title: bundledPack.title,
        version: bundledPack.version,
        date: bundledPack.date,
        bundled: true,
      },
    ]);
  });

  it('replaces the old bundled rows when the version changes', async () => {
    await seedBundled(db, bundledPack);
    const next = { ...bundledPack, version: '9.9.9', facts: bundledPack.facts.slice(0, 3) };
    expect(await seedBundled(db, next)).toBe(true);
    expect((await getDataStats(db)).counts.facts).toBe(3);
    expect((await db.meta.get('bundledVersion'))?.value).toBe(`${bundledPack.id}@9.9.9`);
  });
});

describe('getCardData', () => {
  it('returns the entity, its facts oldest first, every cited source and the notes', async () => {
    await seedBundled(db, bundledPack);
    const card = await getCardData(db, 'coalition-of-the-willing');
    expect(card?.entity.name).toBe('Coalition of the willing');
    const dates = card!.facts.map((f) => f.date.value);
    expect(dates).toEqual([...dates].sort());
    const cited = new Set(card!.facts.flatMap((f) => f.evidence.map((e) => e.source)));
    expect(new Set(card!.sources.map((s) => s.id))).toEqual(
      new Set([...cited, ...card!.notes.flatMap((n) => n.variants.map((v) => v.source))]),
    );
    expect(card!.notes.map((n) => n.id)).toContain('coalition-size-differs');
    expect(card!.datasetVersion).toBe(`${bundledPack.id}@${bundledPack.version}`);
  });

  it('returns null for an unknown entity', async () => {
    await seedBundled(db, bundledPack);
    expect(await getCardData(db, 'nobody')).toBeNull();
  });
});

describe('MatcherStore', () => {
  it('compiles the stored entities and recompiles only after a data change', async () => {
    await seedBundled(db, bundledPack);
    const store = new MatcherStore(db);
    const first = await store.get();
    expect(first.entityIds).toContain('keir-starmer');
    expect(await store.get()).toBe(first);
    await seedBundled(db, { ...bundledPack, version: '9.9.9' });
    expect(await store.get()).not.toBe(first);
  });

  it('gives a restarted background the JSON kept for this revision, without compiling again', async () => {
    await seedBundled(db, bundledPack);
    const store = new MatcherStore(db);
    const first = await store.part(0);
    expect(JSON.parse(first.text).entityIds).toContain('keir-starmer');
    // The background that built it answers from memory, without reading the kept JSON again.
    const reads = vi.spyOn(db.meta, 'bulkGet');
    expect(await store.part(0)).toEqual(first);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    // Rows gone without a change of revision: only the kept JSON can still name them.
    await db.entities.clear();
    const restarted = await new MatcherStore(db).part(0);
    expect(restarted).toEqual(first);
    expect(JSON.parse(restarted.text).entityIds).toContain('keir-starmer');
  });

  it.each<[string, (revision: number) => string]>([
    ['by a build that compiled aliases differently', (r) => `${r}/${db.verno}/another-compiler`],
    ['before an upgrade of the store’s schema', (r) => `${r}/${db.verno - 1}/unbuilt`],
  ])('does not serve a matcher kept %s (an update of Gloss)', async (_, from) => {
    await seedBundled(db, bundledPack);
    const first = await new MatcherStore(db).part(0);
    const kept = await db.meta.get('matcherRevision');
    expect(kept?.value).toBe(`${first.revision}/${db.verno}/unbuilt`);
    await db.meta.put({ key: 'matcherRevision', value: from(first.revision) });
    await db.entities.where('id').equals('keir-starmer').delete();
    const updated = await new MatcherStore(db).part(0);
    expect(updated.revision).toBe(first.revision);
    expect(JSON.parse(updated.text).entityIds).not.toContain('keir-starmer');
    expect((await db.meta.get('matcherRevision'))?.value).toEqual(kept?.value);
  });

  it('compiles again, and keeps the new JSON, once the data has changed', async () => {
    await seedBundled(db, bundledPack);
    const first = await new MatcherStore(db).part(0);
    const fewer = { ...bundledPack, version: '9.9.9', entities: bundledPack.entities.slice(1) };
    await seedBundled(db, { ...fewer, facts: [], notes: [], sources: [] });
    const store = new MatcherStore(db);
    const next = await store.part(0);
    expect(next.revision).toBeGreaterThan(first.revision);
    expect(JSON.parse(next.text).entityIds).not.toContain(bundledPack.entities[0]!.id);
    expect(next.text).toBe(JSON.stringify(await store.get()));
    await db.entities.clear();
    expect(await new MatcherStore(db).part(0)).toEqual(next);
  });
});
