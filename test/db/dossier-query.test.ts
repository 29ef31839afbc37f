import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePack } from '../../src/core/dataset/parse-pack';
import { earliestDay } from '../../src/core/dates/date-keys';
import { getCardData } from '../../src/db/card-query';
import { getDossierPage } from '../../src/db/dossier-query';
import { GlossDb } from '../../src/db/gloss-db';
import { importPack } from '../../src/db/manage-packs';
import { seedBundled } from '../../src/db/seed-bundled';
import { writePack } from '../../src/db/write-pack';
import type { DossierPage } from '../../src/messaging/protocol';
import { readDossierPages } from '../../src/ui/dossier/read-dossier-pages';
import { generateBigEntityPack } from '../bench/generate-pack';
import { bundledPack } from '../core/match/bundled-matcher';
import newsroomPack from '../fixtures/packs/newsroom-pack.json';

let db: GlossDb;
let name = 0;

beforeEach(async () => {
  db = new GlossDb(`gloss-dossier-test-${name++}`);
  await seedBundled(db, bundledPack);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every page of `entityId`'s dossier, read in turn as the dossier does, `limit` facts a page. */
async function allPages(entityId: string, limit: number): Promise<DossierPage[]> {
  const pages: DossierPage[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: DossierPage | null = await getDossierPage(db, entityId, { offset, limit });
    if (!page) break;
    pages.push(page);
    offset = page.next;
  }
  return pages;
}

describe('getDossierPage', () => {
  it.each<[string, number]>([
    ['donald-trump', 5],
    ['keir-starmer', 1000],
    ['coalition-of-the-willing', 7],
    ['keith-kellogg', 1],
  ])('pages %s (%i facts a page) into the whole dossier, oldest first', async (entityId, limit) => {
    const whole = (await getCardData(db, entityId))!;
    const pages = await allPages(entityId, limit);
    const facts = pages.flatMap((p) => p.facts.map((f) => f.id));
    expect(new Set(facts).size).toBe(facts.length);
    expect(new Set(facts)).toEqual(new Set(whole.facts.map((f) => f.id)));
    expect(pages.every((p) => p.total === whole.facts.length)).toBe(true);
    expect(pages.length).toBe(Math.max(1, Math.ceil(whole.facts.length / limit)));
    const days = pages.flatMap((p) => p.facts.map((f) => earliestDay(f.date)));
    expect(days).toEqual([...days].sort());
    for (const page of pages) {
      // Each page carries the sources its own facts cite.
      const ids = new Set(page.sources.map((s) => s.id));
      for (const f of page.facts) for (const e of f.evidence) expect(ids).toContain(e.source);
    }
  });

  it('reads a page of a 1,200-fact entity without the rest, and ends with next null', async () => {
    const parsed = parsePack(generateBigEntityPack(1200));
    if (!parsed.ok) throw new Error('pack invalid');
    await writePack(db, parsed.pack, false);
    const first = (await getDossierPage(db, 'big-entity', { limit: 500 }))!;
    expect([first.facts.length, first.total, first.offset, first.next]).toEqual([500, 1200, 0, 500]);
    expect(first.facts[0]!.id).toBe('big-fact-0');
    const last = (await getDossierPage(db, 'big-entity', { offset: 1000, limit: 500 }))!;
    expect([last.facts.length, last.next]).toEqual([200, null]);
    const past = (await getDossierPage(db, 'big-entity', { offset: 5000 }))!;
    expect([past.facts.length, past.next]).toEqual([0, null]);
  });

  it('names the pack of every row, and is null for an unknown entity', async () => {
    expect((await importPack(db, newsroomPack)).ok).toBe(true);
    const page = (await getDossierPage(db, 'keir-starmer'))!;
    expect(page.facts.find((f) => f.id === 'desk-starmer-at-hague')?.pack).toBe('newsroom-nato-desk');
    expect(page.packs['newsroom-nato-desk']?.label).toBe('NATO desk notes, version 1.0.0');
    expect(await getDossierPage(db, 'nobody')).toBeNull();
  });
});

describe('readDossierPages', () => {
  it('hands over each page merged with the earlier ones, then stops at the last', async () => {
    const parsed = parsePack(generateBigEntityPack(1200));
    if (!parsed.ok) throw new Error('pack invalid');
    await writePack(db, parsed.pack, false);
    const seen: [number, number, boolean][] = [];
    await readDossierPages(
      'big-entity',
      (sofar, done) => {
        seen.push([sofar!.facts.length, sofar!.sources.length, done]);
        return true;
      },
      (id, offset) => getDossierPage(db, id, { offset, limit: 500 }),
    );
    expect(seen).toEqual([
      [500, 60, false],
      [1000, 60, false],
      [1200, 60, true],
    ]);
  });

  it('stops when told to, and hands over null for an unknown entity', async () => {
    const parsed = parsePack(generateBigEntityPack(1200));
    if (!parsed.ok) throw new Error('pack invalid');
    await writePack(db, parsed.pack, false);
    let calls = 0;
    await readDossierPages(
      'big-entity',
      () => ++calls < 2,
      (id, offset) => getDossierPage(db, id, { offset, limit: 100 }),
    );
    expect(calls).toBe(2);
    const answers: unknown[] = [];
    await readDossierPages(
      'nobody',
      (sofar) => answers.push(sofar) > 0,
      (id, offset) => getDossierPage(db, id, { offset }),
    );
    expect(answers).toEqual([null]);
  });
});
